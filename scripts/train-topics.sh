#!/usr/bin/env bash
# Rebuilds the topic model (models/topics/model.tsv.gz) and the keyphrase document frequencies
# (models/topics/docfreq.tsv.gz) from the development data sets, and prints the hold-out figures.
# The curated inputs (iptc-mediatopics.tsv, lexicon.tsv, stopwords.txt) are read from the same
# folder. No CoreNLP is loaded; about 15 s and under 2 GB.
#
#   scripts/train-topics.sh                      # train on train+dev, report on test, write the model
#   scripts/train-topics.sh --evaluate dev --no-save   # while developing: train on train, report on dev
#   DATA=/path/to/data OUT=/path/to/models/topics scripts/train-topics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data}"
OUT="${OUT:-models/topics}"
mvn -B -q -o compile
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
exec java -Xmx2g -cp "target/classes:$(cat target/classpath.txt)" \
  org.newsentities.train.TopicTrainer --data "$DATA" --out "$OUT" "$@"
