/** A vendor's small service on fsr: JSON over HTTP, errors mapped to statuses by type. */
module it.fsr.consumer {
    requires it.fsr.jackson;
    requires it.fsr.isee;
    requires it.fsr.riparto;
    requires it.fsr.lep;
    requires it.fsr.piano;
    requires jdk.httpserver;
    requires java.net.http;

    exports it.fsr.consumer;
}
