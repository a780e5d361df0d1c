package se.avtalsvakt.supplier.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The Camel routes of supplier files. In the URIs, {@code {inbox}} is the inbox folder, {@code {supplier}} the
 * supplier's id and {@code {type}} the record type's path ({@code orders}, {@code deliveries},
 * {@code invoice-lines}, {@code lost-aids}); any Camel endpoint the installed components offer can be used (e.g.
 * {@code sftp:} with camel-ftp).
 */
@ObjectClassDefinition(name = "Avtalsvakt supplier routes",
        description = "File drops per supplier and record type, error files, redelivery.")
public @interface SupplierRoutesConfig {

    @AttributeDefinition(name = "Suppliers", description = "Organisation ids of the suppliers with a file drop.")
    String[] suppliers() default {"hjalpmedelscentralen"};

    @AttributeDefinition(name = "Inbox", description = "The folder under which each supplier has a folder per "
            + "record type; empty for ${karaf.data}/supplier.")
    String inbox() default "";

    @AttributeDefinition(name = "Source URI", description = "Where files are read from. Read files go to .done, "
            + "files that cannot be read to .failed.")
    String sourceUri() default "file:{inbox}/{supplier}/{type}?includeExt=csv,json&move=.done&moveFailed=.failed"
            + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250&delay=500";

    @AttributeDefinition(name = "Error URI", description = "Where the error file of a file with refused lines is "
            + "written (named <file>.errors.csv); by default beside the read file in .done.")
    String errorUri() default "file:{inbox}/{supplier}/{type}/.done";

    @AttributeDefinition(name = "Redeliveries", description = "How often a file is tried again after a "
            + "transient failure (e.g. the database unavailable).")
    int maximumRedeliveries() default 3;

    @AttributeDefinition(name = "Redelivery delay", description = "Milliseconds before the first retry; doubled "
            + "for each further retry.")
    long redeliveryDelay() default 1000;

    /** 50 MiB. */
    long DEFAULT_UPLOAD_MAX_BYTES = 50L << 20;

    @AttributeDefinition(name = "Largest upload", description = "The largest file, in bytes, accepted over HTTP "
            + "(POST /suppliers/{supplier}/{recordType} and /deliveries/checks); a larger one is refused with 413. "
            + "Larger files go through the file drop, which reads files of any size as a stream.", min = "1")
    long upload_maxBytes() default DEFAULT_UPLOAD_MAX_BYTES;
}
