package org.newsentities.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.newsentities.config.PipelineConfig;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.PipelineFactory;

/**
 * One pipeline per executor JVM, created on first use and reused by every task and partition that
 * runs there. Never serialized: tasks carry only the configuration.
 */
final class PipelineHolder {

  private static final ConcurrentMap<PipelineConfig, ArticlePipeline> PIPELINES =
      new ConcurrentHashMap<>();

  private PipelineHolder() {}

  static ArticlePipeline get(PipelineConfig config) {
    return PIPELINES.computeIfAbsent(config, PipelineFactory::create);
  }
}
