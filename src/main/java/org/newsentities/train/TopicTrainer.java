package org.newsentities.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsentities.extract.topics.DocumentFrequencies;
import org.newsentities.extract.topics.LinearTopicModel;
import org.newsentities.extract.topics.StopWords;
import org.newsentities.extract.topics.SubjectLexicon;
import org.newsentities.extract.topics.Taxonomy;
import org.newsentities.extract.topics.TopicFeatureExtractor;

/**
 * Rebuilds the topic model and the keyphrase document frequencies from the development data sets
 * (run by {@code scripts/train-topics.sh}; no CoreNLP needed). Reads the curated inputs
 * (taxonomy, lexicon, stop words) from the output folder, labels the texts
 * ({@link WeakLabeler}), splits them by a hash of their id (70% train, 10% dev, 20% test), trains
 * on train (+dev for the shipped model), and reports hold-out figures on dev or test.
 *
 * <p>Usage: {@code TopicTrainer --data DIR --out DIR [--evaluate dev|test] [--epochs N] [--l2 X]
 * [--lr X] [--no-save]}.
 */
public final class TopicTrainer {

  static final String MODEL_FILE = "model.tsv.gz";
  static final String DF_FILE = "docfreq.tsv.gz";

  private TopicTrainer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    Path data = Path.of(opts.getOrDefault("--data", "../shared/data"));
    Path out = Path.of(opts.getOrDefault("--out", "models/topics"));
    String evaluate = opts.getOrDefault("--evaluate", "test");
    SoftmaxTrainer.Params params = new SoftmaxTrainer.Params(
        Integer.parseInt(opts.getOrDefault("--epochs", "12")),
        Double.parseDouble(opts.getOrDefault("--lr", "0.3")),
        Double.parseDouble(opts.getOrDefault("--l2", "1.0")), 42);
    boolean save = !opts.containsKey("--no-save");
    long t0 = System.nanoTime();

    Taxonomy taxonomy = Taxonomy.load(out.resolve("iptc-mediatopics.tsv").toString());
    SubjectLexicon lexicon = SubjectLexicon.load(out.resolve("lexicon.tsv").toString(), taxonomy);
    StopWords stopWords = StopWords.load(out.resolve("stopwords.txt").toString());
    List<String> classes = taxonomy.topLevel().stream().map(Taxonomy.Subject::code).toList();
    TopicFeatureExtractor extractor = new TopicFeatureExtractor(stopWords, lexicon, classes);
    WeakLabeler labeler = new WeakLabeler(classes);

    List<TrainingDoc> docs = new ArrayList<>();
    docs.addAll(CorpusReader.agNews(data.resolve("ag_news/test.csv")));
    docs.addAll(CorpusReader.reuters(data.resolve("reuters21578")));
    docs.addAll(CorpusReader.conll(data.resolve("conll2003/eng.train")));
    docs.addAll(CorpusReader.conll(data.resolve("conll2003/eng.testa")));
    docs.addAll(CorpusReader.timeMl(data.resolve("tempeval3/TBAQ-cleaned/TimeBank")));
    docs.addAll(CorpusReader.timeMl(data.resolve("tempeval3/TBAQ-cleaned/AQUAINT")));
    docs.addAll(CorpusReader.kbp(data.resolve("kbp37/train.txt")));
    docs.addAll(CorpusReader.kbp(data.resolve("kbp37/dev.txt")));
    System.err.printf("read %,d texts in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);

    Map<String, Integer> df = new HashMap<>();
    List<LabeledDoc> labeled = new ArrayList<>();
    for (TrainingDoc doc : docs) {
      TopicFeatureExtractor.Analysis a = extractor.analyse(doc.text());
      a.lemmas().stream().distinct().forEach(l -> df.merge(l, 1, Integer::sum));
      Optional<String> label = labeler.label(doc, a.evidence());
      if (label.isPresent()) {
        labeled.add(new LabeledDoc(doc, label.get(), extractor.features(a), Split.of(doc.id())));
      }
    }
    printLabelTable(labeled, taxonomy);

    boolean onTest = evaluate.equals("test");
    List<LabeledDoc> train = labeled.stream()
        .filter(d -> d.split() == Split.TRAIN || (onTest && d.split() == Split.DEV)).toList();
    List<LabeledDoc> held = labeled.stream()
        .filter(d -> d.split() == (onTest ? Split.TEST : Split.DEV)).toList();
    List<LabeledDoc> capped = ReutersCap.apply(train);
    System.err.printf("training on %,d texts (%,d before capping Reuters economy), evaluating on %,d %s texts%n",
        capped.size(), train.size(), held.size(), evaluate);

    Map<String, Integer> vocabulary = vocabulary(capped);
    List<String> featureNames = new ArrayList<>(vocabulary.size());
    vocabulary.forEach((name, i) -> featureNames.add(name));
    Map<String, Double> classWeights = classWeights(capped, classes);
    List<SoftmaxTrainer.Example> examples = new ArrayList<>();
    for (LabeledDoc d : capped) {
      examples.add(SoftmaxTrainer.example(d.features(), vocabulary, classes.indexOf(d.label()),
          classWeights.get(d.label())));
    }
    LinearTopicModel model = new SoftmaxTrainer(classes, featureNames).train(examples, params);
    System.err.printf("model: %,d features x %d subjects, trained in %.1f s%n", model.featureCount(),
        classes.size(), (System.nanoTime() - t0) / 1e9);

    new HoldoutReport(taxonomy, classes).print(model, held, evaluate, System.out);

    if (save) {
      Files.createDirectories(out);
      String provenance = String.format(Locale.ROOT,
          "trained by org.newsentities.train.TopicTrainer (scripts/train-topics.sh) on %,d texts of %s; "
              + "epochs=%d lr=%s l2=%s", capped.size(), data, params.epochs(), params.learningRate(),
          params.l2());
      model.save(out.resolve(MODEL_FILE), List.of(provenance));
      new DocumentFrequencies(docs.size(), df).save(out.resolve(DF_FILE), 2,
          "document frequencies of normalized words over " + docs.size()
              + " texts (AG News, Reuters-21578, CoNLL-2003, TimeBank/AQUAINT, KBP37)");
      System.err.println("wrote " + out.resolve(MODEL_FILE) + " and " + out.resolve(DF_FILE));
    }
  }

  enum Split {
    TRAIN, DEV, TEST;

    /** A fixed split by the id's hash: the same text always lands in the same part. */
    static Split of(String id) {
      int bucket = Math.floorMod(id.hashCode() * 0x9E3779B1, 10);
      return bucket < 2 ? TEST : bucket == 2 ? DEV : TRAIN;
    }
  }

  record LabeledDoc(TrainingDoc doc, String label, Map<String, Double> features, Split split) {}

  /** Features seen in at least 3 training texts (lexicon features always). */
  private static Map<String, Integer> vocabulary(List<LabeledDoc> train) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabeledDoc d : train) {
      d.features().keySet().forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    Map<String, Integer> vocabulary = new LinkedHashMap<>();
    new TreeMap<>(counts).forEach((f, n) -> {
      if (n >= 3 || f.startsWith("lex")) {
        vocabulary.put(f, vocabulary.size());
      }
    });
    return vocabulary;
  }

  /** Weights that give rare subjects more say: (largest class / this class)^0.5, at most 8. */
  private static Map<String, Double> classWeights(List<LabeledDoc> train, List<String> classes) {
    Map<String, Integer> counts = new HashMap<>();
    train.forEach(d -> counts.merge(d.label(), 1, Integer::sum));
    int max = counts.values().stream().max(Integer::compare).orElse(1);
    Map<String, Double> weights = new HashMap<>();
    for (String c : classes) {
      weights.put(c, Math.min(8.0, Math.sqrt((double) max / counts.getOrDefault(c, 1))));
    }
    return weights;
  }

  private static void printLabelTable(List<LabeledDoc> labeled, Taxonomy taxonomy) {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    for (LabeledDoc d : labeled) {
      table.computeIfAbsent(d.label(), k -> new TreeMap<>()).merge(d.doc().corpus(), 1, Integer::sum);
    }
    System.out.println("Training labels per subject and corpus (all splits):");
    table.forEach((code, byCorpus) -> System.out.printf("  %-45s %s%n",
        taxonomy.require(code).label(), byCorpus));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--no-save")) {
        opts.put(args[i], "");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        opts.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    return opts;
  }
}
