#!/usr/bin/env bash
# Runs the Spark job on this machine in local mode, with Spark from Maven Central (no Spark
# installation needed). Usage:
#   scripts/spark-local.sh --master 'local[2]' --input ../shared/data/news-sample/articles.jsonl --output /tmp/spark-out
# On a cluster use spark-submit instead (see docs/SCALING.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
if [ ! -f target/news-entities-spark.jar ] || [ ! -f target/spark.classpath ] \
   || [ -n "$(find pom.xml src models -newer target/news-entities-spark.jar -print -quit)" ]; then
  echo "spark-local: building with -Pspark (first time downloads Spark, ~150 MB)..." >&2
  mvn -B -q -Pspark -DskipTests package >&2
  mvn -B -q -Pspark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile=target/spark.classpath >&2
fi
# Spark's jars come first: they need newer commons-lang3 than CoreNLP brings.
# Spark on Java 17 needs these packages opened (the same list the tests use).
OPENS=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
exec java ${SPARK_JAVA_OPTS:--Xmx4g} $OPENS \
  -cp "target/news-entities-spark.jar:target/news-entities.jar:$(cat target/spark.classpath):target/lib/*" \
  org.newsentities.spark.NewsEntitiesSparkJob "$@"
