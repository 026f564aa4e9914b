package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import jenkins.model.RunAction2;

/**
 * The build page's "Self-service purchase policy": each gate, update, apply and export of the build (step or freestyle),
 * with the items it checked, its violations or changes, and its files, as core's result has them (a gate that failed
 * the build and a cancelled update included). A run that failed before it had a result (its settings, its sign-in) has
 * nothing to show here; the log says why. The files are copied into the build's own directory, so the reports and the
 * before-state (the way back) outlive the workspace.
 */
public final class PolicyReportsAction implements RunAction2 {

  static final String URL_NAME = "mscommerce-policy";
  private static final String FILES_DIRECTORY = "mscommerce-policy";

  private final List<PolicyRunReport> reports = new CopyOnWriteArrayList<>();
  private transient Run<?, ?> run;

  /** Adds {@code report} to the build's action (made on first use) and keeps copies of {@code files}. */
  static void record(Run<?, ?> run, PolicyRunReport report, List<StepOutput.Written> files)
      throws IOException, InterruptedException {
    if (!report.isShown()) {
      return;
    }
    int index;
    // Parallel branches of one build record at the same time; the build is the lock they share.
    synchronized (run) {
      PolicyReportsAction action = run.getAction(PolicyReportsAction.class);
      if (action == null) {
        action = new PolicyReportsAction();
        action.run = run;
        run.addAction(action);
      }
      index = action.reports.size();
      report.attach(index, files.stream().map(StepOutput.Written::path).collect(Collectors.toList()));
      action.reports.add(report);
    }
    FilePath directory = filesDirectory(run).child(String.valueOf(index));
    for (StepOutput.Written file : files) {
      directory.child(file.file().fileName()).write(file.file().content(), StandardCharsets.UTF_8.name());
    }
  }

  private static FilePath filesDirectory(Run<?, ?> run) {
    return new FilePath(run.getRootDir()).child(FILES_DIRECTORY);
  }

  public List<PolicyRunReport> getReports() {
    return reports;
  }

  public Run<?, ?> getRun() {
    return run;
  }

  /** {@code file/<index>-<name>}: a kept file, by the key its report gives it; null for any other name. */
  @CheckForNull
  public ReportFileView getFile(String key) {
    for (PolicyRunReport report : reports) {
      for (String file : report.getFiles()) {
        if (report.key(file).equals(key)) {
          return new ReportFileView(file, filesDirectory(run).child(String.valueOf(report.getIndex()))
              .child(PolicyRunReport.fileName(file)));
        }
      }
    }
    return null;
  }

  @Override
  public String getIconFileName() {
    return "document.png";
  }

  @Override
  public String getDisplayName() {
    return Messages.PolicyReportsAction_displayName();
  }

  @Override
  public String getUrlName() {
    return URL_NAME;
  }

  @Override
  public void onAttached(Run<?, ?> run) {
    this.run = run;
  }

  @Override
  public void onLoad(Run<?, ?> run) {
    this.run = run;
  }

  /** A kept file, shown as text. */
  public static final class ReportFileView {

    private final String path;
    private final FilePath file;

    ReportFileView(String path, FilePath file) {
      this.path = path;
      this.file = file;
    }

    /** As the log named it: {@code commerce/verify-policy.json}. */
    public String getPath() {
      return path;
    }

    /** UTF-8, as written (FilePath.readToString would use the controller's platform charset). */
    public String getContent() throws IOException, InterruptedException {
      if (!file.exists()) {
        return Messages.PolicyReportsAction_fileGone(path);
      }
      try (InputStream in = file.read()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
