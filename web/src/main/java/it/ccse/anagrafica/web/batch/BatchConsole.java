package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * AD-4 "Console batch": start the jobs (the extracts are {@link ExtractUploads}), follow a running
 * import, stop and restart, and read the history with its reports.
 */
@Named
@ViewScoped
public class BatchConsole implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY = 25;

  @Inject private BatchJobs jobs;
  @Inject private ExtractUploads extracts;
  @EJB private RegisterStaging staging;
  @Inject private Messages messages;

  private List<JobRun> runs;
  private String maxErrorRate;
  private Long selectedImport;
  private Long newestImport;

  public void load() {
    extracts.load(HISTORY);
    refresh();
  }

  public void startImport() {
    var file = extracts.selected().orElse(null);
    if (file == null) {
      messages.error("batchForm:upload", "batch.chooseFile");
      return;
    }
    started(jobs.startImport(file.storedPath(), maxErrorRate));
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

  public List<JobRun> getRuns() {
    return runs;
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
