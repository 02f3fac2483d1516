package it.ccse.anagrafica.documents.infrastructure.attachments;

import it.ccse.anagrafica.documents.domain.Attachment;
import it.ccse.anagrafica.documents.domain.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public void store(Attachment attachment) {
    em.persist(attachment);
  }

  @Override
  public Optional<Attachment> find(String publicId) {
    return em.createQuery(
            "select a from Attachment a where a.publicId = :publicId", Attachment.class)
        .setParameter("publicId", publicId)
        .getResultStream()
        .findFirst();
  }

  /** Its own query, so the bytes are read only here whether or not the entity is woven. */
  @Override
  public Optional<byte[]> content(String publicId) {
    return em.createQuery(
            "select a.content from Attachment a where a.publicId = :publicId", byte[].class)
        .setParameter("publicId", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void remove(Attachment attachment) {
    em.remove(attachment);
  }
}
