package org.newsentities.train;

import java.util.List;

/**
 * One text of the background corpora.
 *
 * @param id unique across corpora ("ag-17", "reuters-2204"…), also what the hold-out split hashes
 * @param corpus which set it comes from
 * @param sourceLabels the labels the data set gives it (AG class name, Reuters TOPICS), maybe none
 */
public record TrainingDoc(String id, String corpus, String text, List<String> sourceLabels) {
  public TrainingDoc {
    sourceLabels = List.copyOf(sourceLabels);
  }
}
