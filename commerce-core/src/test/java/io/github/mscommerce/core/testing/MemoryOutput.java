package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutput;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An in-memory front end for core's task runner, with no Maven or Jenkins type: the shape a Jenkins step's output has.
 * It keeps every event, every file by name, and, in order, what happened (prepare, files, the first change request
 * journal size when asked), so tests can prove what was written before what.
 */
public final class MemoryOutput implements TaskOutput<MemoryOutput.Failed> {

  /** What the runner failed with. */
  public static final class Failed extends Exception {
    private final TaskFailure failure;

    Failed(TaskFailure failure) {
      super(failure.kind() + ": " + failure.message());
      this.failure = failure;
    }

    public TaskFailure failure() {
      return failure;
    }
  }

  private final List<CommerceEvent> events = new ArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private IOException failPrepare;
  private IOException failWrites;
  private Runnable onCreate = () -> {};

  /** {@link #prepare()} throws this: an unwritable report location. */
  public MemoryOutput failPrepare(IOException failure) {
    this.failPrepare = failure;
    return this;
  }

  /** Every write and create throws this. */
  public MemoryOutput failWrites(IOException failure) {
    this.failWrites = failure;
    return this;
  }

  /** Runs when a before-state is created, e.g. to look at the emulator's journal at that moment. */
  public MemoryOutput onCreate(Runnable action) {
    this.onCreate = action;
    return this;
  }

  /** A file that exists before the run, to prove that {@link #create} never replaces it. */
  public MemoryOutput existing(String name, String content) {
    files.put(name, content);
    return this;
  }

  @Override
  public synchronized void log(CommerceEvent event) {
    events.add(event);
  }

  @Override
  public void prepare() throws IOException {
    order.add("prepare");
    if (failPrepare != null) {
      throw failPrepare;
    }
  }

  @Override
  public String write(ReportFile file) throws IOException {
    if (failWrites != null) {
      throw failWrites;
    }
    files.put(file.name(), file.content());
    order.add("write " + file.name());
    return "memory/" + file.name();
  }

  @Override
  public String create(ReportFile file) throws IOException {
    if (failWrites != null) {
      throw failWrites;
    }
    if (files.containsKey(file.name())) {
      throw new FileAlreadyExistsException(file.name());
    }
    files.put(file.name(), file.content());
    order.add("create " + file.name());
    onCreate.run();
    return "memory/" + file.name();
  }

  @Override
  public void finished(TaskResult result) {
    order.add("finished " + result.outcome());
  }

  @Override
  public Failed fail(TaskFailure failure) {
    return new Failed(failure);
  }

  public synchronized List<CommerceEvent> events() {
    return List.copyOf(events);
  }

  public synchronized List<String> messages(CommerceEvent.Level level) {
    return events.stream().filter(e -> e.level() == level).map(CommerceEvent::message).collect(Collectors.toList());
  }

  /** Every logged line, at any level. */
  public synchronized String log() {
    return events.stream().map(e -> e.level() + " " + e.message()).collect(Collectors.joining("\n"));
  }

  public Map<String, String> files() {
    return Map.copyOf(files);
  }

  public Optional<String> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  /** The names of the files whose name starts with {@code prefix}, in the order written. */
  public List<String> filesStartingWith(String prefix) {
    return files.keySet().stream().filter(name -> name.startsWith(prefix)).collect(Collectors.toList());
  }

  /** "prepare", "create before-…", "write apply.json", in the order they happened. */
  public List<String> order() {
    return List.copyOf(order);
  }
}
