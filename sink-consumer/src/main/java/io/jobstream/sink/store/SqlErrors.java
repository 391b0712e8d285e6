package io.jobstream.sink.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * Sorts database failures: an outage, which retrying will outlast; a record the database will
 * never accept, for the DLQ; and everything else, which needs an operator. Thread-safe, stateless.
 */
public final class SqlErrors {
  // SQLSTATE classes: 08 connection, 40 rollback (serialisation, deadlock), 53 insufficient
  // resources, 57P operator intervention (shutdown, restart), 58 system (I/O) errors.
  private static final List<String> TRANSIENT_STATES = List.of("08", "40", "53", "57P", "58");
  // SQLite primary result codes: BUSY, LOCKED, IOERR, FULL, CANTOPEN, PROTOCOL.
  private static final Set<Integer> TRANSIENT_SQLITE_CODES = Set.of(5, 6, 10, 13, 14, 15);
  // SQLSTATE classes 22 data exception, 23 integrity constraint violation.
  private static final List<String> RECORD_STATES = List.of("22", "23");
  // SQLite primary result codes: TOOBIG, CONSTRAINT, MISMATCH, RANGE.
  private static final Set<Integer> RECORD_SQLITE_CODES = Set.of(18, 19, 20, 25);

  private SqlErrors() {}

  /** True when {@code e}, or anything it wraps or chains, says the database is unavailable. */
  public static boolean isTransient(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      for (Throwable t = s; t != null; t = t.getCause()) {
        if (isTransientOne(t)) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * True when the database refused the data itself (a constraint, a value it cannot hold), so
   * that the record belongs in the DLQ. Any other permanent error (permissions, a missing table)
   * is the deployment's fault and must stop the sink rather than dead-letter every record.
   */
  public static boolean isBadRecord(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s instanceof SQLiteException lite) {
        if (RECORD_SQLITE_CODES.contains(lite.getResultCode().code & 0xff)) {
          return true;
        }
      } else if (s.getSQLState() != null && RECORD_STATES.stream().anyMatch(s.getSQLState()::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most telling message of an exception: for a failed JDBC batch, the database's own error
   * (the chained next exception) rather than the driver's summary, which may quote the statement.
   */
  public static String message(Exception e) {
    Exception best = e;
    if (e instanceof SQLException sql && sql.getNextException() != null) {
      best = sql.getNextException();
    }
    return String.valueOf(best.getMessage());
  }

  private static boolean isTransientOne(Throwable t) {
    if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException) {
      return true;
    }
    if (t instanceof SQLiteException lite) {
      return TRANSIENT_SQLITE_CODES.contains(lite.getResultCode().code & 0xff);
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      return TRANSIENT_STATES.stream().anyMatch(sql.getSQLState()::startsWith);
    }
    return false;
  }
}
