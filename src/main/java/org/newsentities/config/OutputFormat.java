package org.newsentities.config;

/** How articles are written: one pretty-printed file each, or one JSONL stream. */
public enum OutputFormat { json, jsonl }
