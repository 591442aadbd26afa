package org.newsentities.config;

/** How a run shows progress on stderr. */
public enum ProgressMode { auto, bar, lines, off }
