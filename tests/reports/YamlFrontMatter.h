#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace offkai::test {

/// The YAML front matter at the start of `markdown` ("---", the YAML, "---"), parsed by a real YAML
/// parser, PyYAML's safe_load (Debian's python3-yaml, installed by .ci/install-deps), and handed back as
/// JSON: strings stay strings, booleans and null are JSON's, a timestamp becomes its ISO 8601 text. The
/// front matter must be one mapping and must be followed by a blank line and the body. On any failure
/// (no python3 or no yaml module, invalid YAML, not a mapping) `error` says why and the object is empty.
inline QJsonObject parseFrontMatter(const QString &markdown, QString *error)
{
    static const char *const script = R"PY(
import datetime, json, sys
import yaml
text = sys.stdin.buffer.read().decode('utf-8')
if not text.startswith('---\n'):
    sys.exit('no front matter at the start')
end = text.find('\n---\n', 3)
if end < 0:
    sys.exit('the front matter does not end with ---')
if not text[end + 5:].startswith('\n'):
    sys.exit('no blank line after the front matter')
data = yaml.safe_load(text[4:end + 1])
if not isinstance(data, dict):
    sys.exit('the front matter is not a mapping')
def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return {'timestamp': value.isoformat()}
    raise TypeError(repr(value))
sys.stdout.write(json.dumps(data, default=plain, ensure_ascii=False))
)PY";
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    if (!python.waitForStarted()) {
        *error = QStringLiteral("python3 could not be started (install python3-yaml)");
        return {};
    }
    python.write(markdown.toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(python.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject()) {
        *error = parse.errorString();
        return {};
    }
    error->clear();
    return json.object();
}

} // namespace offkai::test
