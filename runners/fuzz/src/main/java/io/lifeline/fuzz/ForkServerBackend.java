package io.lifeline.fuzz;

import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;

/**
 * A real interpreter run through fork servers: same name and traits as the {@link RealInterpreterBackend} it
 * wraps, outcomes equal to its on programs without exit-time events (tested), at a fork's cost per program
 * instead of an interpreter start. Unless built {@code withShutdown}, children skip interpreter finalization, so
 * outcomes have no shutdown events (never compared; finalization costs more than most programs). Holds up to {@code maxServers} server processes, started on demand, so as
 * many programs run at once; {@link #close} stops them. Thread-safe; {@link #run} never throws.
 */
public final class ForkServerBackend implements Backend, AutoCloseable {

  private final RealInterpreterBackend real;
  private final long memoryBytes;
  private final Semaphore slots;
  private final boolean shutdown;
  private final LinkedBlockingDeque<ForkServer> idle = new LinkedBlockingDeque<>();
  private final List<ForkServer> all = new ArrayList<>();

  public ForkServerBackend(RealInterpreterBackend real, int maxServers) {
    this(real, maxServers, Budget.DEFAULT.memoryBytes(), false);
  }

  /** @param withShutdown whether children finalize the interpreter after the body, recording shutdown events */
  public ForkServerBackend(RealInterpreterBackend real, int maxServers, long memoryBytes, boolean withShutdown) {
    this.real = real;
    this.memoryBytes = memoryBytes;
    this.shutdown = withShutdown;
    this.slots = new Semaphore(Math.max(1, maxServers));
  }

  @Override
  public String name() {
    return real.name();
  }

  @Override
  public Traits traits() {
    return real.traits();
  }

  /** The wrapped backend, which starts one process per program. */
  public RealInterpreterBackend real() {
    return real;
  }

  /**
   * A program that imports lifeline_native runs in a process of its own ({@link RealInterpreterBackend#run}, which
   * puts the module built for this interpreter on its path); every other one in a fork of a server.
   */
  @Override
  public Outcome run(String program, Budget budget) {
    if (RealInterpreterBackend.usesNativeModule(program)) {
      return real.run(program, budget);
    }
    ForkServer server;
    try {
      server = acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.crash(List.of(), "interrupted", "", null);
    }
    try {
      return server.run(program, budget.wallClock(), shutdown);
    } finally {
      release(server);
    }
  }

  /**
   * Null when {@code program} compiles on this interpreter, else the SyntaxError's message.
   *
   * @throws IOException when the server cannot be asked
   */
  public String compileError(String program) throws IOException, InterruptedException {
    ForkServer server = acquire();
    try {
      return server.compileError(program);
    } finally {
      release(server);
    }
  }

  private ForkServer acquire() throws InterruptedException {
    slots.acquire();
    ForkServer s = idle.pollFirst();
    if (s != null) {
      return s;
    }
    List<String> command = new ArrayList<>();
    command.add(real.executable().toString());
    command.addAll(real.isolationFlags());
    s = new ForkServer(command, memoryBytes);
    synchronized (all) {
      all.add(s);
    }
    return s;
  }

  private void release(ForkServer s) {
    idle.addFirst(s);
    slots.release();
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(ForkServer::close);
      all.clear();
    }
    idle.clear();
  }

  @Override
  public String toString() {
    return name() + " (fork server)";
  }
}
