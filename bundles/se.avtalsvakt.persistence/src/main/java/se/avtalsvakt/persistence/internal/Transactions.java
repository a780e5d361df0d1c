package se.avtalsvakt.persistence.internal;

import java.util.function.Supplier;

import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

/** Runs work in one transaction. */
@FunctionalInterface
interface Transactions {

    /** No transaction of its own: each statement commits alone (a plain JDBC datasource, in tests). */
    Transactions NONE = Supplier::get;

    /**
     * @param work what to run
     * @return what it returned, committed
     * @throws RuntimeException what {@code work} threw, everything it wrote rolled back
     */
    <T> T inOne(Supplier<T> work);

    /**
     * @param tm the platform's JTA transaction manager: the pooled XA datasource and every JPA unit on it join
     *           the transaction it begins
     * @return transactions begun by {@code tm}, or joined if one is active
     */
    static Transactions jta(TransactionManager tm) {
        return new Transactions() {
            @Override
            public <T> T inOne(Supplier<T> work) {
                try {
                    if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        return work.get();
                    }
                    tm.begin();
                } catch (javax.transaction.NotSupportedException | SystemException e) {
                    throw new IllegalStateException("cannot begin a transaction: " + e.getMessage(), e);
                }
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    rollback(tm, e);
                    throw e;
                }
                try {
                    tm.commit();
                } catch (Exception e) {
                    throw new IllegalStateException("commit failed: " + e.getMessage(), e);
                }
                return result;
            }
        };
    }

    private static void rollback(TransactionManager tm, Throwable cause) {
        try {
            tm.rollback();
        } catch (SystemException | IllegalStateException e) {
            cause.addSuppressed(e);
        }
    }
}
