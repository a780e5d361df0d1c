/**
 * What the console commands of every Avtalsvakt bundle share. {@link se.avtalsvakt.console.ConsoleCommand} is the
 * base of every command: refused input (an unknown id, a bad option value, a conflict) becomes one line in the
 * console and one line in the log, never a stack trace. {@link se.avtalsvakt.console.ConsoleInput} reads option
 * values typed as text and names the option when one is wrong ({@code --year must be a year}). The completers
 * ({@code @Completion(AgreementIdCompleter.class)} and the others here) complete ids from the api's services,
 * bounded so that completion stays fast on a large register.
 */
@Version("1.0.0")
package se.avtalsvakt.console;

import org.osgi.annotation.versioning.Version;
