#pragma once
// One probe of one target: when it started, whether the service answered, how long it took, and
// why it failed. ProbeSample is the compact form kept in the history (16 bytes, no heap);
// ProbeResult is the full form a probe reports once.

#include <QString>
#include <QtGlobal>

namespace ha {

enum class ProbeFailure : quint8 {
    None,
    Refused,        // the host answered the SYN with RST: nothing listens
    Timeout,        // no answer to the connect within the timeout
    Unreachable,    // no route / host unreachable / name not found
    NoGreeting,     // connected, but the server closed or stayed silent
    BadGreeting,    // connected, but what it said is not the expected greeting
    ServerError,    // MySQL answered with an error packet instead of a greeting
    SocketError,    // anything else the socket reported
};

QString probeFailureName(ProbeFailure f);       // stable, for logs and JSON: "refused", ...
QString probeFailureText(ProbeFailure f);       // translated, for people

struct ProbeSample
{
    qint64 timeMs = 0;          // wall clock (ms since the epoch) when the probe started
    float latencyMs = 0;        // start -> greeting complete (up), or -> failure (down)
    ProbeFailure failure = ProbeFailure::None;
    bool up = false;
};

struct ProbeResult
{
    QString target;             // the target's name, e.g. "service" or "node1"
    qint64 timeMs = 0;          // wall clock when the probe started
    bool up = false;
    ProbeFailure failure = ProbeFailure::None;
    double connectMs = -1;      // start -> TCP connected; -1 when it never connected
    double latencyMs = 0;       // start -> greeting complete, or -> failure
    QString serverVersion;      // "10.11.6-MariaDB-0+deb12u1", "OpenSSH_9.2p1 Debian-2+deb12u3"
    QString detail;             // plain words: the error text, the server's error message

    ProbeSample sample() const
    {
        return ProbeSample{timeMs, static_cast<float>(latencyMs), failure, up};
    }
};

} // namespace ha
