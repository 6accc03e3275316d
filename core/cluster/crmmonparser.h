#pragma once
// Reads the XML that `crm_mon --output-as=xml` (API 2.x) or the legacy `crm_mon --as-xml`
// (Pacemaker 2.0, <crm_mon version=...>) prints, into a ClusterStatus.

#include "clusterstatus.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace ha {

struct CrmMonParseOptions
{
    // Documents larger than this are refused before they are read: a real crm_mon document of a
    // 32-node cluster with thousands of resources is a few MB, so anything bigger is a mistake.
    qint64 maxBytes = 64 * 1024 * 1024;
    int maxDepth = 64; // nesting of elements; crm_mon never goes deeper than ~8
};

class CrmMonParser
{
public:
    static Result<ClusterStatus> parse(const QByteArray &xml, const CrmMonParseOptions &opts = {});
    // Reads the file incrementally; checks its size first.
    static Result<ClusterStatus> parseFile(const QString &path, const CrmMonParseOptions &opts = {});
    // Reads from any device (a file, a process' output); stops with an error once more than
    // opts.maxBytes have been consumed.
    static Result<ClusterStatus> parse(QIODevice *device, const CrmMonParseOptions &opts = {});
};

} // namespace ha
