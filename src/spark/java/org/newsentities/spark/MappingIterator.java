package org.newsentities.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps an iterator lazily, skipping inputs that map to null (blank lines). */
final class MappingIterator<A, B> implements Iterator<B> {

  private final Iterator<A> source;
  private final Function<A, B> mapping;
  private B next;

  MappingIterator(Iterator<A> source, Function<A, B> mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  @Override
  public boolean hasNext() {
    while (next == null && source.hasNext()) {
      next = mapping.apply(source.next());
    }
    return next != null;
  }

  @Override
  public B next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    B result = next;
    next = null;
    return result;
  }
}
