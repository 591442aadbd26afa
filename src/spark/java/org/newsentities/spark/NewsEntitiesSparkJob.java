package org.newsentities.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsentities.config.ConfigException;
import org.newsentities.config.ConfigLoader;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.ArticleRecords;
import org.newsentities.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The news-entities pipeline on Apache Spark: reads JSONL or text articles from any
 * Hadoop-supported path, runs the same pipeline as {@code extract} (one instance per executor JVM,
 * see {@link PipelineHolder}), and writes one JSON line per article partitioned by document date
 * ({@code <out>/articles/documentDate=YYYY-MM-DD/}), failures as the local runner's error records
 * ({@code <out>/errors/}), and optionally Parquet ({@code <out>/parquet/}).
 */
@Command(name = "NewsEntitiesSparkJob", mixinStandardHelpOptions = true,
    description = "Run the news-entities pipeline on Spark.")
public final class NewsEntitiesSparkJob implements Callable<Integer> {

  /** How input records are split. */
  enum InputFormat { jsonl, txt }

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "input file, directory or glob, any Hadoop file system (file:, hdfs:, s3a:)")
  String input;

  @Option(names = "--output", required = true, paramLabel = "PATH", description = "output directory")
  String output;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "jsonl or txt (default: txt when INPUT ends in .txt, else jsonl)")
  InputFormat inputFormat;

  @Option(names = "--parquet", description = "also write Parquet with the same fields")
  boolean parquet;

  @Option(names = "--config", paramLabel = "FILE",
      description = "pipeline configuration (JSON, read on the driver; default: built-in defaults)")
  Path configFile;

  @Option(names = "--partitions", paramLabel = "N",
      description = "partitions to spread the articles over (default: 2 x the cores Spark has)")
  Integer partitions;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit, e.g. local[2]")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new NewsEntitiesSparkJob()).execute(args));
  }

  @Override
  public Integer call() throws IOException, ConfigException {
    try {
      ConfigLoader.load(java.util.Optional.ofNullable(configFile), List.of());
    } catch (ConfigException e) {
      System.err.println("news-entities: " + e.getMessage());
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("news-entities");
    if (master != null) {
      builder.master(master);
    }
    try (SparkSession spark = builder.getOrCreate()) {
      JobCounts counts = run(spark);
      System.err.println("news-entities on Spark: " + counts.articles() + " articles written, "
          + counts.failures() + " failed -> " + output);
      return counts.failures() == 0 ? 0 : 1;
    }
  }

  private static final StructType OUTCOME_SCHEMA = new StructType()
      .add("ok", DataTypes.BooleanType, false)
      .add("documentDate", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  /** The counts of a finished job. */
  public record JobCounts(long articles, long failures) {}

  JobCounts run(SparkSession spark) throws IOException, ConfigException {
    String configJson = configJson();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int parts = partitions != null ? partitions : 2 * sc.defaultParallelism();
    InputFormat format = inputFormat != null ? inputFormat
        : input.endsWith(".txt") ? InputFormat.txt : InputFormat.jsonl;
    JavaRDD<ArticleOutcome> outcomes =
        (format == InputFormat.txt ? processTxt(sc, configJson, parts)
            : processJsonl(sc, configJson, parts))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> frame = spark.createDataFrame(
        outcomes.map(o -> RowFactory.create(o.ok(), o.documentDate(), o.json())), OUTCOME_SCHEMA);
    Dataset<Row> articles = frame.filter(col("ok")).select(col("documentDate"), col("json"));
    articles.write().mode(SaveMode.Overwrite).partitionBy("documentDate").text(output + "/articles");
    frame.filter(col("ok").equalTo(false)).select(col("json"))
        .write().mode(SaveMode.Overwrite).text(output + "/errors");
    if (parquet) {
      Dataset<String> lines = articles.select(col("json")).as(Encoders.STRING());
      spark.read().json(lines).write().mode(SaveMode.Overwrite).partitionBy("documentDate")
          .parquet(output + "/parquet");
    }
    long ok = outcomes.filter(ArticleOutcome::ok).count();
    long failed = outcomes.filter(o -> !o.ok()).count();
    outcomes.unpersist();
    return new JobCounts(ok, failed);
  }

  /**
   * JSONL: lines are read split by split (line numbers are exact in a split that starts its file,
   * which every file under the split size of 128 MB is; later splits report the byte offset), then
   * spread over {@code partitions} so every core gets work even from one big file.
   */
  private JavaRDD<ArticleOutcome> processJsonl(JavaSparkContext sc, String configJson,
      int partitions) {
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class,
            sc.hadoopConfiguration());
    JavaRDD<JsonLine> records = lines.mapPartitionsWithInputSplit((split, iterator) -> {
      FileSplit file = (FileSplit) split;
      String path = file.getPath().toString();
      boolean exactLines = file.getStart() == 0;
      int[] lineNumber = {0};
      return new MappingIterator<>(iterator, record -> {
        lineNumber[0]++;
        String line = record._2().toString();
        if (line.isBlank()) {
          return null;
        }
        int reported =
            exactLines ? lineNumber[0] : (int) Math.min(Integer.MAX_VALUE, record._1().get());
        return new JsonLine(path, reported, line);
      });
    }, true);
    return records.repartition(partitions).mapPartitions(iterator -> {
      PartitionProcessor processor = new PartitionProcessor(config(configJson));
      // Lazily, one record at a time: a partition's outputs are never all held in memory.
      return new MappingIterator<>(iterator,
          line -> processor.process(ArticleRecords.fromJsonLine(line.text(), line.file(), line.line())));
    });
  }

  /** One JSONL line and where it came from. */
  record JsonLine(String file, int line, String text) implements java.io.Serializable {}

  /** Text files: one article per file, decoded by the same rules as the local reader. */
  private JavaRDD<ArticleOutcome> processTxt(JavaSparkContext sc, String configJson,
      int partitions) {
    return sc.binaryFiles(input, partitions).mapPartitions(files -> {
      PartitionProcessor processor = new PartitionProcessor(config(configJson));
      return new MappingIterator<>(files,
          file -> processor.process(ArticleRecords.fromTxt(file._2().toArray(), file._1())));
    });
  }

  private String configJson() throws IOException, ConfigException {
    // Same rules as extract --config: defaults < file, unknown keys are errors.
    PipelineConfig config = ConfigLoader.load(java.util.Optional.ofNullable(configFile), List.of());
    return Json.compact().writeValueAsString(config);
  }

  private static PipelineConfig config(String json) throws IOException {
    return Json.mapper().readValue(json, PipelineConfig.class);
  }
}
