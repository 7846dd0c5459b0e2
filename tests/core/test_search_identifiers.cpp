// Identifier keys: the forms in which one phone number, e-mail address, vehicle or handle is
// recorded on different cases must give one key (protocol 3.8).
#include "TestSupport.h"

#include "search/Identifiers.h"

using namespace conduct;

TEST_CASE("UK mobile numbers in every common form give one E.164 key", "[search]")
{
    const QString expected = QStringLiteral("+447700900123");
    for (const char* form : {"07700 900123", "07700900123", "+44 7700 900123", "447700900123",
                             "0044 7700 900123", "+44 (0)7700 900123", "+44-7700-900-123",
                             " 07700 900 123 ", "07700 900123 ext 12", "07700 900123 (mobile)"}) {
        INFO(form);
        CHECK(phoneKey(QString::fromUtf8(form)) == expected);
    }
}

TEST_CASE("UK landlines and non-UK numbers", "[search]")
{
    CHECK(phoneKey(QStringLiteral("(01632) 960 001")) == QStringLiteral("+441632960001"));
    CHECK(phoneKey(QStringLiteral("01632 960001")) == QStringLiteral("+441632960001"));
    CHECK(phoneKey(QStringLiteral("020 7946 0018")) == QStringLiteral("+442079460018"));
    CHECK(phoneKey(QStringLiteral("+1 (202) 555-0143")) == QStringLiteral("+12025550143"));
    CHECK(phoneKey(QStringLiteral("00353 1 234 5678")) == QStringLiteral("+35312345678"));
    // No recognisable form: the digits still match themselves.
    CHECK(phoneKey(QStringLiteral("555 0143")) == QStringLiteral("5550143"));
    CHECK(phoneKey(QStringLiteral("no number")).isEmpty());
    CHECK(phoneKey(QStringLiteral("+")).isEmpty());
    CHECK(phoneKey(QStringLiteral("00")).isEmpty());
    CHECK(phoneKey(QString()).isEmpty());
}

TEST_CASE("e-mail keys ignore case, spaces, display names and mailto", "[search]")
{
    const QString expected = QStringLiteral("jo.smith@example.org");
    CHECK(emailKey(QStringLiteral("Jo.Smith@Example.ORG")) == expected);
    CHECK(emailKey(QStringLiteral("  jo.smith@example.org \t")) == expected);
    CHECK(emailKey(QStringLiteral("Jo Smith <JO.SMITH@example.org>")) == expected);
    CHECK(emailKey(QStringLiteral("mailto:jo.smith@example.org")) == expected);
    CHECK(emailKey(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("vehicle keys are upper case without spaces", "[search]")
{
    CHECK(vehicleKey(QStringLiteral("ab12 cde")) == QStringLiteral("AB12CDE"));
    CHECK(vehicleKey(QStringLiteral("AB12CDE")) == QStringLiteral("AB12CDE"));
    CHECK(vehicleKey(QStringLiteral(" A123-BCD ")) == QStringLiteral("A123BCD"));
    CHECK(vehicleKey(QString()).isEmpty());
}

TEST_CASE("online handle keys drop the platform, the @ and case", "[search]")
{
    CHECK(handleKey(QStringLiteral("@Jo.Smith")) == QStringLiteral("jo.smith"));
    CHECK(handleKey(QStringLiteral("Instagram: @Jo.Smith")) == QStringLiteral("jo.smith"));
    CHECK(handleKey(QStringLiteral("jo.smith")) == QStringLiteral("jo.smith"));
    CHECK(handleKey(QStringLiteral("https://x.com/JoSmith/?ref=1")) == QStringLiteral("josmith"));
    CHECK(handleKey(QStringLiteral("https://www.example.com")).isEmpty());
    CHECK(handleKey(QStringLiteral("@")).isEmpty());
    CHECK(handlePlatform(QStringLiteral("Instagram: @Jo.Smith")) == QStringLiteral("instagram"));
    CHECK(handlePlatform(QStringLiteral("https://www.tiktok.com/@jo")) == QStringLiteral("tiktok.com"));
    CHECK(handlePlatform(QStringLiteral("@jo")).isEmpty());
}

TEST_CASE("dates of birth: exact, transposed day and month, same year only", "[search][time]")
{
    const QDate dob(1980, 3, 12);
    CHECK(compareDatesOfBirth(dob, QDate(1980, 3, 12)) == DobMatch::Exact);
    CHECK(compareDatesOfBirth(dob, QDate(1980, 12, 3)) == DobMatch::Transposed);
    CHECK(compareDatesOfBirth(QDate(1980, 12, 3), dob) == DobMatch::Transposed);
    CHECK(compareDatesOfBirth(dob, QDate(1980, 7, 1)) == DobMatch::SameYearOnly);
    CHECK(compareDatesOfBirth(dob, QDate(1981, 3, 12)) == DobMatch::Different);
    CHECK(compareDatesOfBirth(dob, QDate(1980, 12, 4)) == DobMatch::SameYearOnly);
    CHECK(compareDatesOfBirth(dob, QDate()) == DobMatch::Unknown);
    CHECK(compareDatesOfBirth(QDate(), QDate()) == DobMatch::Unknown);
}
