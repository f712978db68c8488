// Organizers and viewers of a team database (TeamRoles, `offkai team add-organizer`), on the real test
// server: the server itself refuses a viewer's writes; only the administrator changes roles; a database
// an older Offkai set up is migrated by its administrator only.
#include "items/ChangeLogModel.h"
#include "records/Member.h"
#include "records/Venue.h"
#include "ServerAdmin.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "storage/TeamRoles.h"
#include "stores/ChangeLog.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "team/ChangeHistoryDialog.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

namespace {
int counter = 0;
}

class TestTeamRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString
        m_lastUrl; ///< the address freshDatabase() made, as written (the administrator's, over the socket)

    /// A new team database set up by the administrator (the test server's superuser), and its address.
    ServerAddress freshDatabase(const Database::Options &options = {})
    {
        const QString url = test::serverAddressFor(m_dir.filePath(QStringLiteral("roles%1").arg(++counter)));
        m_lastUrl = url;
        const ServerAddress address = *ServerAddress::parse(url);
        auto admin = Database::openServer(address, address.password(), options);
        if (!admin)
            qFatal("%s", qPrintable(admin.error().toString()));
        return address;
    }
    /// `user` with `password` on the database of `address`, over TCP as a real organizer connects.
    ServerAddress as(const ServerAddress &address, const QString &user)
    {
        const auto tcp = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER_TCP"));
        return *ServerAddress::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                         .arg(user, tcp->host())
                                         .arg(tcp->port())
                                         .arg(address.database()));
    }
    /// A role name unique to this run's database (roles are shared by the whole cluster).
    static QString person(const ServerAddress &address, const char *name)
    {
        return QLatin1String(name) + QLatin1Char('_') + address.database();
    }
    static int venueCount(Database &db)
    {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM venues")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    static Venue venueNamed(const QString &name)
    {
        Venue venue;
        venue.name = name;
        return venue;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER") ||
            qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER_TCP"))
            QFAIL(
                "No test server: run through .ci/test, or `eval \"$(bash .ci/postgres start DIR)\"` first.");
        QVERIFY(m_dir.isValid());
    }

    void anOrganizerWritesAndTheServerRefusesAViewer()
    {
        const ServerAddress address = freshDatabase();
        auto admin = Database::openServer(address, address.password());
        QVERIFY(admin);
        QVERIFY((*admin)->canWrite());
        const QString organizer = person(address, "org");
        const QString viewer = person(address, "view");
        auto addedOrganizer = TeamRoles::add((*admin)->connection(), organizer, TeamRoles::Role::Organizer,
                                             QStringLiteral("o-pass"));
        QVERIFY2(addedOrganizer, qPrintable(addedOrganizer ? QString() : addedOrganizer.error().toString()));
        QVERIFY(addedOrganizer->created);
        QCOMPARE(addedOrganizer->password, QStringLiteral("o-pass"));
        auto addedViewer = TeamRoles::add((*admin)->connection(), viewer, TeamRoles::Role::Viewer, {});
        QVERIFY(addedViewer);
        QVERIFY(addedViewer->created);
        QVERIFY(addedViewer->password.size() >= 20); // generated

        auto asOrganizer = Database::openServer(as(address, organizer), QStringLiteral("o-pass"));
        QVERIFY2(asOrganizer, qPrintable(asOrganizer ? QString() : asOrganizer.error().toString()));
        QVERIFY((*asOrganizer)->canWrite());
        {
            Workspace workspace(std::move(asOrganizer).value());
            auto id = workspace.venues().insert(venueNamed(QStringLiteral("ワインバー・ヴェルデ")));
            QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        }
        QCOMPARE(venueCount(**admin), 1);

        auto asViewer = Database::openServer(as(address, viewer), addedViewer->password);
        QVERIFY2(asViewer, qPrintable(asViewer ? QString() : asViewer.error().toString()));
        QVERIFY(!(*asViewer)->canWrite());
        Workspace workspace(std::move(asViewer).value());
        auto venues = workspace.venues().list();
        QVERIFY(venues);
        QCOMPARE(venues->size(), 1); // reads
        auto refused = workspace.venues().insert(venueNamed(QStringLiteral("貸会議室")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::ReadOnly);
        QVERIFY2(refused.error().message().contains(QStringLiteral("may read but not change")),
                 qPrintable(refused.error().message()));
        Venue changed = venues->constFirst();
        changed.name = QStringLiteral("renamed");
        QVERIFY(!workspace.venues().update(changed));
        // The refusal is the server's: even plain SQL on the viewer's own connection is denied.
        QSqlQuery raw(workspace.database().connection());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM venues")));
        QCOMPARE(venueCount(**admin), 1);
        auto still = workspace.venues().get(venues->constFirst().id);
        QVERIFY(still);
        QCOMPARE(still->name, QStringLiteral("ワインバー・ヴェルデ"));
    }

    void rolesSwitchListAndEnd()
    {
        const ServerAddress address = freshDatabase();
        auto admin = Database::openServer(address, address.password());
        QVERIFY(admin);
        const QString aya = person(address, "aya");
        QVERIFY(
            TeamRoles::add((*admin)->connection(), aya, TeamRoles::Role::Viewer, QStringLiteral("a-pass")));
        auto again = TeamRoles::add((*admin)->connection(), aya, TeamRoles::Role::Organizer, {});
        QVERIFY(again);
        QVERIFY(!again->created);
        QVERIFY(again->password.isEmpty()); // an existing user keeps their password
        QVERIFY(again->hadRole);
        QCOMPARE(again->previous, TeamRoles::Role::Viewer);
        {
            auto asAya = Database::openServer(as(address, aya), QStringLiteral("a-pass"));
            QVERIFY(asAya);
            QVERIFY((*asAya)->canWrite());
        }
        auto people = TeamRoles::list((*admin)->connection());
        QVERIFY(people);
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->at(0).role, TeamRoles::Role::Administrator);
        QCOMPARE(people->at(1).name, aya);
        QCOMPARE(people->at(1).role, TeamRoles::Role::Organizer);

        QVERIFY(TeamRoles::remove((*admin)->connection(), aya));
        auto gone = Database::openServer(as(address, aya), QStringLiteral("a-pass"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code(), Error::Code::Unauthorized);
        QVERIFY2(gone.error().message().contains(QStringLiteral("team add-organizer")),
                 qPrintable(gone.error().message()));
        auto notThere = TeamRoles::remove((*admin)->connection(), aya);
        QVERIFY(!notThere);
        QCOMPARE(notThere.error().code(), Error::Code::NotFound);
    }

    void onlyTheAdministratorChangesRoles()
    {
        const ServerAddress address = freshDatabase();
        auto admin = Database::openServer(address, address.password());
        QVERIFY(admin);
        const QString ken = person(address, "ken");
        QVERIFY(TeamRoles::add((*admin)->connection(), ken, TeamRoles::Role::Organizer,
                               QStringLiteral("k-pass")));
        auto asKen = Database::openServer(as(address, ken), QStringLiteral("k-pass"));
        QVERIFY(asKen);
        auto refused = TeamRoles::add((*asKen)->connection(), person(address, "eve"),
                                      TeamRoles::Role::Organizer, QStringLiteral("e-pass"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unauthorized);
        QVERIFY(refused.error().message().contains(QStringLiteral("administrator")));
        auto people = TeamRoles::list((*admin)->connection());
        QVERIFY(people);
        QCOMPARE(people->size(), 2); // nobody added
        // Names that cannot be roles, a superuser and the administrator are refused before anything changes.
        for (const QString &bad :
             {QStringLiteral("two words"), QStringLiteral("pg_monitor"), QString(), QStringLiteral("a\"b")})
            QVERIFY2(!TeamRoles::add((*admin)->connection(), bad, TeamRoles::Role::Viewer), qPrintable(bad));
        const QString superuser = address.user();
        auto asSuper = TeamRoles::add((*admin)->connection(), superuser, TeamRoles::Role::Viewer);
        QVERIFY(!asSuper);
        QCOMPARE(asSuper.error().code(), Error::Code::Invalid);
        QCOMPARE(TeamRoles::list((*admin)->connection())->size(), 2);
    }

    void anOlderDatabaseIsMigratedByItsAdministratorOnly()
    {
        // The administrator set the database up with an Offkai whose newest migration is 014.
        QTemporaryDir older;
        QVERIFY(older.isValid());
        const QDir schema(Migrations::defaultFolder(Backend::PostgreSql));
        for (const QString &file : schema.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
            if (file.left(3).toInt() <= 14)
                QVERIFY(QFile::copy(schema.filePath(file), older.filePath(file)));
        Database::Options options;
        options.migrationsFolder = older.path();
        const ServerAddress address = freshDatabase(options);
        const QString hana = person(address, "hana");
        {
            auto admin = Database::openServer(address, address.password(), options);
            QVERIFY(admin);
            QCOMPARE((*admin)->schemaVersion(), 14);
            QVERIFY(TeamRoles::add((*admin)->connection(), hana, TeamRoles::Role::Organizer,
                                   QStringLiteral("h-pass")));
        }
        auto asHana = Database::openServer(as(address, hana), QStringLiteral("h-pass"));
        QVERIFY(!asHana);
        QCOMPARE(asHana.error().code(), Error::Code::Unauthorized);
        QVERIFY2(asHana.error().message().contains(address.user()), qPrintable(asHana.error().message()));
        {
            auto admin = Database::openServer(address, address.password(), options);
            QVERIFY(admin);
            QCOMPARE((*admin)->schemaVersion(), 14); // untouched
        }
        // The administrator opens it with this version; then the organizer can, tables added since included.
        {
            auto admin = Database::openServer(address, address.password());
            QVERIFY(admin);
            QCOMPARE((*admin)->schemaVersion(), Database::supportedSchemaVersion());
        }
        auto later = Database::openServer(as(address, hana), QStringLiteral("h-pass"));
        QVERIFY2(later, qPrintable(later ? QString() : later.error().toString()));
        QVERIFY((*later)->canWrite());
        QSqlQuery query((*later)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM change_log"))); // a table migration 015 made
    }

    /// A database whose name leaves no room for Offkai's group roles (PostgreSQL names are at most 63
    /// bytes) is refused before anything is set up in it, with the reason.
    void aTooLongDatabaseNameIsRefused()
    {
        const QString name = QStringLiteral("alumni_network_tokyo_talks_and_lunches_%1")
                                 .arg(++counter, 12, 10, QLatin1Char('0'));
        QCOMPARE(test::serverAdmin(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                                    QStringLiteral("CREATE DATABASE %1").arg(name)}),
                 QString());
        const auto server = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
        const ServerAddress address =
            *ServerAddress::parse(QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                                      .arg(server->user(), name, server->host())
                                      .arg(server->port()));
        const auto refused = Database::openServer(address, address.password());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Invalid);
        QVERIFY2(refused.error().message().contains(QStringLiteral("too long")),
                 qPrintable(refused.error().message()));
        QCOMPARE(
            test::serverAdminValue(name, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                                        "current_schema()"))
                .toInt(),
            0); // nothing was set up
        QCOMPARE(test::serverAdmin(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)}),
                 QString());
    }

    /// The change log names who changed what: the window (File › Change History…) and `team log`.
    void theChangeHistoryNamesWhoChangedWhat()
    {
        const ServerAddress address = freshDatabase();
        auto admin = Database::openServer(address, address.password());
        QVERIFY(admin);
        const QString aya = person(address, "aya");
        QVERIFY(TeamRoles::add((*admin)->connection(), aya, TeamRoles::Role::Organizer,
                               QStringLiteral("a-pass")));
        Workspace hers(std::move(admin).value());
        Member m;
        m.displayName = QStringLiteral("青木 悟");
        const auto member = hers.members().insert(m);
        QVERIFY(member);
        {
            auto asAya = Database::openServer(as(address, aya), QStringLiteral("a-pass"));
            QVERIFY2(asAya, qPrintable(asAya ? QString() : asAya.error().toString()));
            Workspace theirs(std::move(asAya).value());
            const auto venue = theirs.venues().insert(venueNamed(QStringLiteral("ワインバー・ヴェルデ")));
            QVERIFY(venue);
            Member changed = *theirs.members().get(*member);
            changed.notes = QStringLiteral("幹事候補");
            QVERIFY(theirs.members().update(changed).ok());
            QVERIFY(theirs.venues().remove(*venue).ok());
        }
        const ChangeLog log(hers.database());
        QVERIFY(log.isKept());
        const auto entries = log.latest(10);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), 4); // newest first; one save is one entry
        QCOMPARE(entries->at(0).organizer, aya);
        QCOMPARE(entries->at(0).kind, ChangeLogEntry::Kind::Venue);
        QCOMPARE(entries->at(0).operation, ChangeLogEntry::Operation::Deleted);
        QVERIFY(entries->at(0).recordName.isEmpty());
        QVERIFY(entries->at(0).recordText().contains(QStringLiteral("deleted")));
        QCOMPARE(entries->at(1).kind, ChangeLogEntry::Kind::Member);
        QCOMPARE(entries->at(1).operation, ChangeLogEntry::Operation::Changed);
        QCOMPARE(entries->at(1).recordName, QStringLiteral("青木 悟"));
        QCOMPARE(entries->at(2).operation, ChangeLogEntry::Operation::Added);
        QCOMPARE(entries->at(3).organizer, address.user());
        QCOMPARE(entries->at(3).kind, ChangeLogEntry::Kind::Member);
        QCOMPARE(entries->at(3).operation, ChangeLogEntry::Operation::Added);
        QCOMPARE(*log.organizers(), (QStringList{aya, address.user()}));
        QCOMPARE(log.latest(10, aya)->size(), 3);

        // The window: everyone, then one organizer.
        ChangeHistoryDialog dialog(hers.database());
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.model()->index(1, ChangeLogModel::RecordColumn).data().toString(),
                 QStringLiteral("青木 悟"));
        QCOMPARE(dialog.model()->index(1, ChangeLogModel::OrganizerColumn).data().toString(), aya);
        QCOMPARE(dialog.model()->index(1, ChangeLogModel::ChangeColumn).data().toString(),
                 QStringLiteral("Changed"));
        QCOMPARE(dialog.organizerBox()->count(), 3); // everyone and the two
        dialog.organizerBox()->setCurrentIndex(dialog.organizerBox()->findData(address.user()));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("1 change")), qPrintable(dialog.statusText()));

        // The command: JSON objects with their ids, newest first.
        const auto listed =
            test::runOffkai({QStringLiteral("--server"), m_lastUrl, QStringLiteral("team"),
                             QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toInteger(), entries->at(0).id);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("change")).toString(),
                 QStringLiteral("deleted"));
        QVERIFY(array.at(0).toObject().value(QStringLiteral("record")).isNull());
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("record")).toString(),
                 QStringLiteral("青木 悟"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("organizer")).toString(), aya);
        const auto wrong =
            test::runOffkai({QStringLiteral("--server"), m_lastUrl, QStringLiteral("team"),
                             QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("0")});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(wrong.out.isEmpty());
        QVERIFY(wrong.err.contains(QStringLiteral("--limit")));
    }

    /// `add-organizer --password-stdin`: the password typed or piped in, once; an empty input changes
    /// nothing.
    void aPasswordFromStandardInput()
    {
        const ServerAddress address = freshDatabase();
        const QString url = m_lastUrl;
        const QString kai = person(address, "kai");
        const auto run = [&](const QByteArray &input) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            process.setProcessEnvironment(env);
            process.start(test::offkaiBinary(),
                          {QStringLiteral("--server"), url, QStringLiteral("team"),
                           QStringLiteral("add-organizer"), kai, QStringLiteral("--password-stdin")});
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return test::CommandRun{process.exitCode(), process.readAllStandardOutput(),
                                    QString::fromUtf8(process.readAllStandardError())};
        };
        const auto organizers = [&] {
            return test::runOffkai({QStringLiteral("--server"), url, QStringLiteral("team"),
                                    QStringLiteral("organizers"), QStringLiteral("--format"),
                                    QStringLiteral("json")})
                .out;
        };
        const QByteArray before = organizers();
        for (const QByteArray &empty : {QByteArray(), QByteArray("\n")}) {
            const auto refused = run(empty);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY2(refused.err.contains(QStringLiteral("--password-stdin")), qPrintable(refused.err));
            QCOMPARE(organizers(), before); // no user, no role
        }
        const auto added = run("kai's pass phrase\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(!added.out.contains("kai's pass phrase"), added.out.constData()); // never echoed
        const auto read =
            test::runOffkai({QStringLiteral("--server"), as(address, kai).toDisplayString(),
                             QStringLiteral("venues"), QStringLiteral("list")},
                            {{QStringLiteral("PGPASSWORD"), QStringLiteral("kai's pass phrase")}});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    }

    void theCommandLineAddsListsAndRemoves()
    {
        const ServerAddress address = freshDatabase();
        const QString url = m_lastUrl;
        const QString mio = person(address, "mio");
        const auto added =
            test::runOffkai({QStringLiteral("--server"), url, QStringLiteral("team"),
                             QStringLiteral("add-organizer"), mio, QStringLiteral("--viewer")});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("viewer"), added.out.constData());
        const QList<QByteArray> lines = added.out.trimmed().split('\n');
        const QString password = QString::fromUtf8(lines.constLast());
        QCOMPARE(password.size(), 20);

        const auto listed = test::runOffkai({QStringLiteral("--server"), url, QStringLiteral("team"),
                                             QStringLiteral("organizers"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("name")).toString(), mio);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QVERIFY(array.at(1).toObject().value(QStringLiteral("id")).toInteger() > 0);

        // The viewer, with the printed password, reads through the CLI and cannot add anyone.
        const QString asMio = as(address, mio).toDisplayString();
        const QList<QPair<QString, QString>> env{{QStringLiteral("PGPASSWORD"), password}};
        const auto read =
            test::runOffkai({QStringLiteral("--server"), asMio, QStringLiteral("venues"),
                             QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                            env);
        QCOMPARE(read.exitCode, 0);
        const auto refused = test::runOffkai({QStringLiteral("--server"), asMio, QStringLiteral("team"),
                                              QStringLiteral("add-organizer"), QStringLiteral("x") + mio},
                                             env);
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(QStringLiteral("administrator")), qPrintable(refused.err));

        const auto removed = test::runOffkai({QStringLiteral("--server"), url, QStringLiteral("team"),
                                              QStringLiteral("remove-organizer"), mio});
        QCOMPARE(removed.exitCode, 0);
        const auto missing = test::runOffkai(
            {QStringLiteral("--server"), url, QStringLiteral("team"), QStringLiteral("add-organizer")});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.out.isEmpty());
    }
};

QTEST_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
