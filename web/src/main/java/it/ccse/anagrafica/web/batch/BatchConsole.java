package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.reconciliation.application.RegisterUploads;
import it.ccse.anagrafica.reconciliation.domain.RegisterUpload;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * AD-4 "Console batch": upload an extract, start the jobs, follow a running import, stop and
 * restart, and read the history with its reports.
 */
@Named
@ViewScoped
public class BatchConsole implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY = 25;

  @Inject private BatchJobs jobs;
  @EJB private RegisterUploads uploads;
  @EJB private RegisterStaging staging;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private List<RegisterUpload> files;
  private List<JobRun> runs;
  private Long selectedUpload;
  private String maxErrorRate;
  private Long selectedImport;
  private Long newestImport;

  public void load() {
    files = uploads.recent(HISTORY);
    if (selectedUpload == null && !files.isEmpty()) {
      selectedUpload = files.get(0).getId();
    }
    refresh();
  }

  public void upload(FileUploadEvent event) {
    try (var content = event.getFile().getInputStream()) {
      var stored = uploads.store(event.getFile().getFileName(), content, user.username());
      selectedUpload = stored.getId();
      messages.info(null, "batch.uploaded", stored.getFileName(), stored.getDataLines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    load();
  }

  public void startImport() {
    var file =
        files.stream().filter(f -> f.getId().equals(selectedUpload)).findFirst().orElse(null);
    if (file == null) {
      messages.error("batchForm:upload", "batch.chooseFile");
      return;
    }
    started(jobs.startImport(file.getStoredPath(), maxErrorRate));
  }

  public void startReconcile() {
    if (selectedImport == null) {
      messages.error("batchForm:importId", "batch.chooseImport");
      return;
    }
    started(jobs.startReconcile(selectedImport));
  }

  public void start(String job) {
    started(jobs.start(job));
  }

  public void stop(long execution) {
    jobs.stop(execution);
    messages.info(null, "batch.stopping", execution);
    load();
  }

  public void restart(long execution) {
    started(jobs.restart(execution));
  }

  private void started(long execution) {
    messages.info(null, "batch.started", execution);
    load();
  }

  /**
   * The refresh of the poll (it stops once nothing runs). An import that has just completed becomes
   * the one to reconcile.
   */
  public void refresh() {
    runs = jobs.recent(HISTORY);
    var newest = getCompletedImports().stream().findFirst().orElse(null);
    if (!Objects.equals(newest, newestImport)) {
      newestImport = newest;
      selectedImport = newest;
    }
  }

  public boolean isAnyRunning() {
    return runs.stream().anyMatch(JobRun::isRunning);
  }

  /** How far through its file a running import is, when the file was uploaded here. */
  public Integer percent(JobRun run) {
    if (run.progress() == null) {
      return null;
    }
    return files.stream()
        .filter(f -> Objects.equals(f.getStoredPath(), run.getFile()))
        .findFirst()
        .map(f -> f.percentOf(run.progress().read()))
        .orElse(null);
  }

  /** The import's bad lines (BA-1) as CSV. */
  public StreamedContent badRows(JobRun run) {
    return DefaultStreamedContent.builder()
        .name("righe-scartate-" + run.instance() + ".csv")
        .contentType("text/csv")
        .stream(() -> new ByteArrayInputStream(staging.errorsCsv(run.instance())))
        .build();
  }

  /** Imports whose staging a reconciliation can use, newest first. */
  public List<Long> getCompletedImports() {
    return runs.stream()
        .filter(r -> r.isImport() && r.status() == BatchStatus.COMPLETED)
        .map(JobRun::instance)
        .distinct()
        .toList();
  }

  public List<String> getSimpleJobs() {
    return List.of(BatchJobs.MAIL, BatchJobs.REMINDERS);
  }

  public List<RegisterUpload> getFiles() {
    return files;
  }

  public List<JobRun> getRuns() {
    return runs;
  }

  public Long getSelectedUpload() {
    return selectedUpload;
  }

  public void setSelectedUpload(Long selectedUpload) {
    this.selectedUpload = selectedUpload;
  }

  public String getMaxErrorRate() {
    return maxErrorRate;
  }

  public void setMaxErrorRate(String maxErrorRate) {
    this.maxErrorRate = maxErrorRate;
  }

  public Long getSelectedImport() {
    return selectedImport;
  }

  public void setSelectedImport(Long selectedImport) {
    this.selectedImport = selectedImport;
  }
}
