package org.newsentities.resolve;

import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.extract.EntitySpan;

/**
 * Resolves job titles to the people who hold them and to their organizations. Not implemented yet:
 * it groups the mentions and attaches no titles (see issue 4).
 */
public final class TitleResolver {

  private final EntityAssembler assembler;

  public TitleResolver(EntityAssembler assembler) {
    this.assembler = assembler;
  }

  public TitleResolution resolve(AnnotatedText annotated, List<EntitySpan> spans) {
    EntityAssembler.Entities entities = assembler.assemble(spans);
    return new TitleResolution(entities.people(), entities.organizations(), entities.locations(),
        List.of());
  }
}
