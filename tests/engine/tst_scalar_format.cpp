// The text formats of CONTRACT §1.3 / §4.3 / §5.3. Acceptance rows were generated once by running
// the legacy path's checks (graft_legacy.scalars: NUM, _UUID, parse_date, is_ip_address, _MAC,
// _LTREE, _is_daterange, is_cidr, normalise_datetime) on each text with Python 3.11.
#include "values/scalar_format.h"

#include <QtTest>

#include <string>

using namespace graft::values;

class TestScalarFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsExactlyTheContractFormats_data();
    void acceptsExactlyTheContractFormats();
    void normalizesDateTimeToUtc_data();
    void normalizesDateTimeToUtc();
    void splitsIpAddressesByFamily_data();
    void splitsIpAddressesByFamily();
    void lowerCasesAsciiOnly();
};

void TestScalarFormat::acceptsExactlyTheContractFormats_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("%s", "Decimal 0") << QByteArray("Decimal") << QByteArray("0") << true;
    QTest::addRow("%s", "Decimal -0") << QByteArray("Decimal") << QByteArray("-0") << true;
    QTest::addRow("%s", "Decimal 1") << QByteArray("Decimal") << QByteArray("1") << true;
    QTest::addRow("%s", "Decimal -1") << QByteArray("Decimal") << QByteArray("-1") << true;
    QTest::addRow("%s", "Decimal 10") << QByteArray("Decimal") << QByteArray("10") << true;
    QTest::addRow("%s", "Decimal 01") << QByteArray("Decimal") << QByteArray("01") << false;
    QTest::addRow("%s", "Decimal -01") << QByteArray("Decimal") << QByteArray("-01") << false;
    QTest::addRow("%s", "Decimal 1.5") << QByteArray("Decimal") << QByteArray("1.5") << true;
    QTest::addRow("%s", "Decimal 1.") << QByteArray("Decimal") << QByteArray("1.") << false;
    QTest::addRow("%s", "Decimal .5") << QByteArray("Decimal") << QByteArray(".5") << false;
    QTest::addRow("%s", "Decimal 1.50") << QByteArray("Decimal") << QByteArray("1.50") << true;
    QTest::addRow("%s", "Decimal 1e5") << QByteArray("Decimal") << QByteArray("1e5") << true;
    QTest::addRow("%s", "Decimal 1E5") << QByteArray("Decimal") << QByteArray("1E5") << true;
    QTest::addRow("%s", "Decimal 1e+5") << QByteArray("Decimal") << QByteArray("1e+5") << true;
    QTest::addRow("%s", "Decimal 1e-5") << QByteArray("Decimal") << QByteArray("1e-5") << true;
    QTest::addRow("%s", "Decimal 1e") << QByteArray("Decimal") << QByteArray("1e") << false;
    QTest::addRow("%s", "Decimal 1e+") << QByteArray("Decimal") << QByteArray("1e+") << false;
    QTest::addRow("%s", "Decimal -") << QByteArray("Decimal") << QByteArray("-") << false;
    QTest::addRow("%s", "Decimal +1") << QByteArray("Decimal") << QByteArray("+1") << false;
    QTest::addRow("%s", "Decimal 1.5e3") << QByteArray("Decimal") << QByteArray("1.5e3") << true;
    QTest::addRow("%s", "Decimal 0.0") << QByteArray("Decimal") << QByteArray("0.0") << true;
    QTest::addRow("%s", "Decimal 00") << QByteArray("Decimal") << QByteArray("00") << false;
    QTest::addRow("%s", "Decimal 1,5") << QByteArray("Decimal") << QByteArray("1,5") << false;
    QTest::addRow("%s", "Decimal 1_000") << QByteArray("Decimal") << QByteArray("1_000") << false;
    QTest::addRow("%s", "Decimal  1") << QByteArray("Decimal") << QByteArray(" 1") << false;
    QTest::addRow("%s", "Decimal 1 ") << QByteArray("Decimal") << QByteArray("1 ") << false;
    QTest::addRow("%s", "Decimal 0e0") << QByteArray("Decimal") << QByteArray("0e0") << true;
    QTest::addRow("%s", "Decimal 12345678901234567890.123e-99") << QByteArray("Decimal") << QByteArray("12345678901234567890.123e-99") << true;
    QTest::addRow("%s", "Decimal -0.0e-0") << QByteArray("Decimal") << QByteArray("-0.0e-0") << true;
    QTest::addRow("%s", "Decimal 1.e5") << QByteArray("Decimal") << QByteArray("1.e5") << false;
    QTest::addRow("%s", "Decimal NaN") << QByteArray("Decimal") << QByteArray("NaN") << false;
    QTest::addRow("%s", "Decimal Infinity") << QByteArray("Decimal") << QByteArray("Infinity") << false;
    QTest::addRow("%s", "Decimal \\u0663") << QByteArray("Decimal") << QByteArray("\xd9""\xa3""") << false;
    QTest::addRow("%s", "UUID 11111111-1111-4111-8111-111111111111") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111-111111111111") << true;
    QTest::addRow("%s", "UUID 7E57A000-0000-4000-8000-000000000001") << QByteArray("UUID") << QByteArray("7E57A000-0000-4000-8000-000000000001") << true;
    QTest::addRow("%s", "UUID d0000000-0000-4000-8000-00000000000g") << QByteArray("UUID") << QByteArray("d0000000-0000-4000-8000-00000000000g") << false;
    QTest::addRow("%s", "UUID abc") << QByteArray("UUID") << QByteArray("abc") << false;
    QTest::addRow("%s", "UUID 11111111111141118111111111111111") << QByteArray("UUID") << QByteArray("11111111111141118111111111111111") << false;
    QTest::addRow("%s", "UUID {11111111-1111-4111-8111-111111111111}") << QByteArray("UUID") << QByteArray("{11111111-1111-4111-8111-111111111111}") << false;
    QTest::addRow("%s", "UUID 11111111-1111-4111-8111-1111111111111") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111-1111111111111") << false;
    QTest::addRow("%s", "UUID 11111111-1111-4111-8111-11111111111") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111-11111111111") << false;
    QTest::addRow("%s", "UUID 11111111-1111-4111-8111_111111111111") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111_111111111111") << false;
    QTest::addRow("%s", "UUID aBcDeF01-2345-6789-abcd-EF0123456789") << QByteArray("UUID") << QByteArray("aBcDeF01-2345-6789-abcd-EF0123456789") << true;
    QTest::addRow("%s", "UUID 11111111-1111-4111-8111-11111111111\\u066") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111-11111111111\xd9""\xa1""") << false;
    QTest::addRow("%s", "Date 2024-01-15") << QByteArray("Date") << QByteArray("2024-01-15") << true;
    QTest::addRow("%s", "Date 2024-02-29") << QByteArray("Date") << QByteArray("2024-02-29") << true;
    QTest::addRow("%s", "Date 2023-02-29") << QByteArray("Date") << QByteArray("2023-02-29") << false;
    QTest::addRow("%s", "Date 2024-02-30") << QByteArray("Date") << QByteArray("2024-02-30") << false;
    QTest::addRow("%s", "Date 1900-02-29") << QByteArray("Date") << QByteArray("1900-02-29") << false;
    QTest::addRow("%s", "Date 2000-02-29") << QByteArray("Date") << QByteArray("2000-02-29") << true;
    QTest::addRow("%s", "Date 0001-01-01") << QByteArray("Date") << QByteArray("0001-01-01") << true;
    QTest::addRow("%s", "Date 0000-01-01") << QByteArray("Date") << QByteArray("0000-01-01") << false;
    QTest::addRow("%s", "Date 9999-12-31") << QByteArray("Date") << QByteArray("9999-12-31") << true;
    QTest::addRow("%s", "Date 10000-01-01") << QByteArray("Date") << QByteArray("10000-01-01") << false;
    QTest::addRow("%s", "Date 2024-13-01") << QByteArray("Date") << QByteArray("2024-13-01") << false;
    QTest::addRow("%s", "Date 2024-00-10") << QByteArray("Date") << QByteArray("2024-00-10") << false;
    QTest::addRow("%s", "Date 2024-01-00") << QByteArray("Date") << QByteArray("2024-01-00") << false;
    QTest::addRow("%s", "Date 2024-01-32") << QByteArray("Date") << QByteArray("2024-01-32") << false;
    QTest::addRow("%s", "Date 2024-04-31") << QByteArray("Date") << QByteArray("2024-04-31") << false;
    QTest::addRow("%s", "Date 2024-1-15") << QByteArray("Date") << QByteArray("2024-1-15") << false;
    QTest::addRow("%s", "Date 2024-01-5") << QByteArray("Date") << QByteArray("2024-01-5") << false;
    QTest::addRow("%s", "Date 20240115") << QByteArray("Date") << QByteArray("20240115") << false;
    QTest::addRow("%s", "Date 2024/01/15") << QByteArray("Date") << QByteArray("2024/01/15") << false;
    QTest::addRow("%s", "Date 2024-01-15 ") << QByteArray("Date") << QByteArray("2024-01-15 ") << false;
    QTest::addRow("%s", "Date 2024-01-15T00:00:00Z") << QByteArray("Date") << QByteArray("2024-01-15T00:00:00Z") << false;
    QTest::addRow("%s", "Date 1990-01-01") << QByteArray("Date") << QByteArray("1990-01-01") << true;
    QTest::addRow("%s", "Date \\uff12\\uff10\\uff12\\uff14-01-01") << QByteArray("Date") << QByteArray("\xef""\xbc""\x92""\xef""\xbc""\x90""\xef""\xbc""\x92""\xef""\xbc""\x94""-01-01") << false;
    QTest::addRow("%s", "IpAddress 10.0.0.1") << QByteArray("IpAddress") << QByteArray("10.0.0.1") << true;
    QTest::addRow("%s", "IpAddress 0.0.0.0") << QByteArray("IpAddress") << QByteArray("0.0.0.0") << true;
    QTest::addRow("%s", "IpAddress 255.255.255.255") << QByteArray("IpAddress") << QByteArray("255.255.255.255") << true;
    QTest::addRow("%s", "IpAddress 256.0.0.1") << QByteArray("IpAddress") << QByteArray("256.0.0.1") << false;
    QTest::addRow("%s", "IpAddress 01.2.3.4") << QByteArray("IpAddress") << QByteArray("01.2.3.4") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.04") << QByteArray("IpAddress") << QByteArray("1.2.3.04") << false;
    QTest::addRow("%s", "IpAddress 1.2.3") << QByteArray("IpAddress") << QByteArray("1.2.3") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.4.5") << QByteArray("IpAddress") << QByteArray("1.2.3.4.5") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.") << QByteArray("IpAddress") << QByteArray("1.2.3.") << false;
    QTest::addRow("%s", "IpAddress .1.2.3") << QByteArray("IpAddress") << QByteArray(".1.2.3") << false;
    QTest::addRow("%s", "IpAddress 1..2.3") << QByteArray("IpAddress") << QByteArray("1..2.3") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.4/32") << QByteArray("IpAddress") << QByteArray("1.2.3.4/32") << false;
    QTest::addRow("%s", "IpAddress ::1") << QByteArray("IpAddress") << QByteArray("::1") << true;
    QTest::addRow("%s", "IpAddress ::") << QByteArray("IpAddress") << QByteArray("::") << true;
    QTest::addRow("%s", "IpAddress ::1/128") << QByteArray("IpAddress") << QByteArray("::1/128") << false;
    QTest::addRow("%s", "IpAddress 1::") << QByteArray("IpAddress") << QByteArray("1::") << true;
    QTest::addRow("%s", "IpAddress ::ffff:1.2.3.4") << QByteArray("IpAddress") << QByteArray("::ffff:1.2.3.4") << true;
    QTest::addRow("%s", "IpAddress ::ffff:1.2.3.04") << QByteArray("IpAddress") << QByteArray("::ffff:1.2.3.04") << false;
    QTest::addRow("%s", "IpAddress ::1.2.3.4") << QByteArray("IpAddress") << QByteArray("::1.2.3.4") << true;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:7:8") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:7:8") << true;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:7::") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:7::") << true;
    QTest::addRow("%s", "IpAddress ::2:3:4:5:6:7:8") << QByteArray("IpAddress") << QByteArray("::2:3:4:5:6:7:8") << true;
    QTest::addRow("%s", "IpAddress 1::2:3:4:5:6:7:8") << QByteArray("IpAddress") << QByteArray("1::2:3:4:5:6:7:8") << false;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:7:8:9") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:7:8:9") << false;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:1.2.3.4") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:1.2.3.4") << true;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:7:1.2.3.4") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:7:1.2.3.4") << false;
    QTest::addRow("%s", "IpAddress 1::1.2.3.4") << QByteArray("IpAddress") << QByteArray("1::1.2.3.4") << true;
    QTest::addRow("%s", "IpAddress fe80::1%eth0") << QByteArray("IpAddress") << QByteArray("fe80::1%eth0") << false;
    QTest::addRow("%s", "IpAddress FE80::ABCD") << QByteArray("IpAddress") << QByteArray("FE80::ABCD") << true;
    QTest::addRow("%s", "IpAddress fd00::5") << QByteArray("IpAddress") << QByteArray("fd00::5") << true;
    QTest::addRow("%s", "IpAddress 2001:db8::1") << QByteArray("IpAddress") << QByteArray("2001:db8::1") << true;
    QTest::addRow("%s", "IpAddress 2001:0db8:0000:0000:0000:0000:0000:0001") << QByteArray("IpAddress") << QByteArray("2001:0db8:0000:0000:0000:0000:0000:0001") << true;
    QTest::addRow("%s", "IpAddress 12345::1") << QByteArray("IpAddress") << QByteArray("12345::1") << false;
    QTest::addRow("%s", "IpAddress :1") << QByteArray("IpAddress") << QByteArray(":1") << false;
    QTest::addRow("%s", "IpAddress 1:") << QByteArray("IpAddress") << QByteArray("1:") << false;
    QTest::addRow("%s", "IpAddress :::") << QByteArray("IpAddress") << QByteArray(":::") << false;
    QTest::addRow("%s", "IpAddress 1:::2") << QByteArray("IpAddress") << QByteArray("1:::2") << false;
    QTest::addRow("%s", "IpAddress 1::2::3") << QByteArray("IpAddress") << QByteArray("1::2::3") << false;
    QTest::addRow("%s", "IpAddress ::1:") << QByteArray("IpAddress") << QByteArray("::1:") << false;
    QTest::addRow("%s", "IpAddress :1::") << QByteArray("IpAddress") << QByteArray(":1::") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.4::") << QByteArray("IpAddress") << QByteArray("1.2.3.4::") << false;
    QTest::addRow("%s", "IpAddress g::1") << QByteArray("IpAddress") << QByteArray("g::1") << false;
    QTest::addRow("%s", "IpAddress 2001:db8:0:0:0:0:2:1") << QByteArray("IpAddress") << QByteArray("2001:db8:0:0:0:0:2:1") << true;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6:7:") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6:7:") << false;
    QTest::addRow("%s", "IpAddress 203.0.113.7") << QByteArray("IpAddress") << QByteArray("203.0.113.7") << true;
    QTest::addRow("%s", "IpAddress ") << QByteArray("IpAddress") << QByteArray("") << false;
    QTest::addRow("%s", "IpAddress  1.2.3.4") << QByteArray("IpAddress") << QByteArray(" 1.2.3.4") << false;
    QTest::addRow("%s", "IpAddress 1.2.3.4 ") << QByteArray("IpAddress") << QByteArray("1.2.3.4 ") << false;
    QTest::addRow("%s", "IpAddress ::ffff:256.1.1.1") << QByteArray("IpAddress") << QByteArray("::ffff:256.1.1.1") << false;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5::1.2.3.4") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5::1.2.3.4") << true;
    QTest::addRow("%s", "IpAddress 1:2:3:4:5:6::1.2.3.4") << QByteArray("IpAddress") << QByteArray("1:2:3:4:5:6::1.2.3.4") << false;
    QTest::addRow("%s", "IpAddress ::1.2.3") << QByteArray("IpAddress") << QByteArray("::1.2.3") << false;
    QTest::addRow("%s", "IpAddress 0:0:0:0:0:0:0:0") << QByteArray("IpAddress") << QByteArray("0:0:0:0:0:0:0:0") << true;
    QTest::addRow("%s", "IpAddress 0::0") << QByteArray("IpAddress") << QByteArray("0::0") << true;
    QTest::addRow("%s", "MacAddress 00:11:22:33:44:55") << QByteArray("MacAddress") << QByteArray("00:11:22:33:44:55") << true;
    QTest::addRow("%s", "MacAddress 00-11-22-33-44-55") << QByteArray("MacAddress") << QByteArray("00-11-22-33-44-55") << true;
    QTest::addRow("%s", "MacAddress AA:bb:CC:dd:EE:ff") << QByteArray("MacAddress") << QByteArray("AA:bb:CC:dd:EE:ff") << true;
    QTest::addRow("%s", "MacAddress 00:11:22:33:44") << QByteArray("MacAddress") << QByteArray("00:11:22:33:44") << false;
    QTest::addRow("%s", "MacAddress 00:11:22:33:44:55:66") << QByteArray("MacAddress") << QByteArray("00:11:22:33:44:55:66") << false;
    QTest::addRow("%s", "MacAddress 00:11-22:33:44:55") << QByteArray("MacAddress") << QByteArray("00:11-22:33:44:55") << false;
    QTest::addRow("%s", "MacAddress 0011.2233.4455") << QByteArray("MacAddress") << QByteArray("0011.2233.4455") << false;
    QTest::addRow("%s", "MacAddress 001122334455") << QByteArray("MacAddress") << QByteArray("001122334455") << false;
    QTest::addRow("%s", "MacAddress 00:11:22:33:44:5g") << QByteArray("MacAddress") << QByteArray("00:11:22:33:44:5g") << false;
    QTest::addRow("%s", "MacAddress 0:11:22:33:44:55") << QByteArray("MacAddress") << QByteArray("0:11:22:33:44:55") << false;
    QTest::addRow("%s", "MacAddress  00:11:22:33:44:55") << QByteArray("MacAddress") << QByteArray(" 00:11:22:33:44:55") << false;
    QTest::addRow("%s", "LTree eu") << QByteArray("LTree") << QByteArray("eu") << true;
    QTest::addRow("%s", "LTree eu.fr.paris") << QByteArray("LTree") << QByteArray("eu.fr.paris") << true;
    QTest::addRow("%s", "LTree a..b") << QByteArray("LTree") << QByteArray("a..b") << false;
    QTest::addRow("%s", "LTree .a") << QByteArray("LTree") << QByteArray(".a") << false;
    QTest::addRow("%s", "LTree a.") << QByteArray("LTree") << QByteArray("a.") << false;
    QTest::addRow("%s", "LTree ") << QByteArray("LTree") << QByteArray("") << false;
    QTest::addRow("%s", "LTree a_b.C1") << QByteArray("LTree") << QByteArray("a_b.C1") << true;
    QTest::addRow("%s", "LTree a-b") << QByteArray("LTree") << QByteArray("a-b") << false;
    QTest::addRow("%s", "LTree a b") << QByteArray("LTree") << QByteArray("a b") << false;
    QTest::addRow("%s", "LTree xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << QByteArray("LTree") << QByteArray("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << true;
    QTest::addRow("%s", "LTree xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << QByteArray("LTree") << QByteArray("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << false;
    QTest::addRow("%s", "LTree a.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy") << QByteArray("LTree") << QByteArray("a.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy") << true;
    QTest::addRow("%s", "LTree \\xe9") << QByteArray("LTree") << QByteArray("\xc3""\xa9""") << false;
    QTest::addRow("%s", "LTree Top.Science.Astronomy") << QByteArray("LTree") << QByteArray("Top.Science.Astronomy") << true;
    QTest::addRow("%s", "DateRange empty") << QByteArray("DateRange") << QByteArray("empty") << true;
    QTest::addRow("%s", "DateRange EMPTY") << QByteArray("DateRange") << QByteArray("EMPTY") << false;
    QTest::addRow("%s", "DateRange [2024-01-01,2024-02-01)") << QByteArray("DateRange") << QByteArray("[2024-01-01,2024-02-01)") << true;
    QTest::addRow("%s", "DateRange (2024-01-01,2024-02-01]") << QByteArray("DateRange") << QByteArray("(2024-01-01,2024-02-01]") << true;
    QTest::addRow("%s", "DateRange [2024-02-01,2024-01-01)") << QByteArray("DateRange") << QByteArray("[2024-02-01,2024-01-01)") << false;
    QTest::addRow("%s", "DateRange [2024-01-01,2024-01-01]") << QByteArray("DateRange") << QByteArray("[2024-01-01,2024-01-01]") << true;
    QTest::addRow("%s", "DateRange [,2024-01-01)") << QByteArray("DateRange") << QByteArray("[,2024-01-01)") << true;
    QTest::addRow("%s", "DateRange [2024-01-01,)") << QByteArray("DateRange") << QByteArray("[2024-01-01,)") << true;
    QTest::addRow("%s", "DateRange [,]") << QByteArray("DateRange") << QByteArray("[,]") << true;
    QTest::addRow("%s", "DateRange (,)") << QByteArray("DateRange") << QByteArray("(,)") << true;
    QTest::addRow("%s", "DateRange [2024-01-20,2024-03-01)") << QByteArray("DateRange") << QByteArray("[2024-01-20,2024-03-01)") << true;
    QTest::addRow("%s", "DateRange [2024-02-30,2024-03-01)") << QByteArray("DateRange") << QByteArray("[2024-02-30,2024-03-01)") << false;
    QTest::addRow("%s", "DateRange [2024-01-01, 2024-02-01)") << QByteArray("DateRange") << QByteArray("[2024-01-01, 2024-02-01)") << false;
    QTest::addRow("%s", "DateRange [2024-01-01,2024-02-01") << QByteArray("DateRange") << QByteArray("[2024-01-01,2024-02-01") << false;
    QTest::addRow("%s", "DateRange 2024-01-01,2024-02-01)") << QByteArray("DateRange") << QByteArray("2024-01-01,2024-02-01)") << false;
    QTest::addRow("%s", "DateRange [2024-01-01;2024-02-01)") << QByteArray("DateRange") << QByteArray("[2024-01-01;2024-02-01)") << false;
    QTest::addRow("%s", "DateRange [2024-01-01,2024-02-01,)") << QByteArray("DateRange") << QByteArray("[2024-01-01,2024-02-01,)") << false;
    QTest::addRow("%s", "DateRange []") << QByteArray("DateRange") << QByteArray("[]") << false;
    QTest::addRow("%s", "DateRange [,") << QByteArray("DateRange") << QByteArray("[,") << false;
    QTest::addRow("%s", "DateRange [2024-1-01,2024-02-01)") << QByteArray("DateRange") << QByteArray("[2024-1-01,2024-02-01)") << false;
    QTest::addRow("%s", "DateRange {2024-01-01,2024-02-01}") << QByteArray("DateRange") << QByteArray("{2024-01-01,2024-02-01}") << false;
    QTest::addRow("%s", "DateRange [0001-01-01,9999-12-31]") << QByteArray("DateRange") << QByteArray("[0001-01-01,9999-12-31]") << true;
    QTest::addRow("%s", "Cidr 10.0.0.0/8") << QByteArray("Cidr") << QByteArray("10.0.0.0/8") << true;
    QTest::addRow("%s", "Cidr 10.0.0.1/8") << QByteArray("Cidr") << QByteArray("10.0.0.1/8") << true;
    QTest::addRow("%s", "Cidr 10.0.0.0/0") << QByteArray("Cidr") << QByteArray("10.0.0.0/0") << true;
    QTest::addRow("%s", "Cidr 10.0.0.0/32") << QByteArray("Cidr") << QByteArray("10.0.0.0/32") << true;
    QTest::addRow("%s", "Cidr 10.0.0.0/33") << QByteArray("Cidr") << QByteArray("10.0.0.0/33") << false;
    QTest::addRow("%s", "Cidr 10.0.0.0/08") << QByteArray("Cidr") << QByteArray("10.0.0.0/08") << false;
    QTest::addRow("%s", "Cidr 10.0.0.0/") << QByteArray("Cidr") << QByteArray("10.0.0.0/") << false;
    QTest::addRow("%s", "Cidr 10.0.0.0") << QByteArray("Cidr") << QByteArray("10.0.0.0") << false;
    QTest::addRow("%s", "Cidr ::1/128") << QByteArray("Cidr") << QByteArray("::1/128") << true;
    QTest::addRow("%s", "Cidr ::1/129") << QByteArray("Cidr") << QByteArray("::1/129") << false;
    QTest::addRow("%s", "Cidr fe80::/10") << QByteArray("Cidr") << QByteArray("fe80::/10") << true;
    QTest::addRow("%s", "Cidr fc00::/7") << QByteArray("Cidr") << QByteArray("fc00::/7") << true;
    QTest::addRow("%s", "Cidr ::/0") << QByteArray("Cidr") << QByteArray("::/0") << true;
    QTest::addRow("%s", "Cidr ::/00") << QByteArray("Cidr") << QByteArray("::/00") << false;
    QTest::addRow("%s", "Cidr 1.2.3.4/1000") << QByteArray("Cidr") << QByteArray("1.2.3.4/1000") << false;
    QTest::addRow("%s", "Cidr 1.2.3.4/-1") << QByteArray("Cidr") << QByteArray("1.2.3.4/-1") << false;
    QTest::addRow("%s", "Cidr 1.2.3.4/+8") << QByteArray("Cidr") << QByteArray("1.2.3.4/+8") << false;
    QTest::addRow("%s", "Cidr ::ffff:1.2.3.4/96") << QByteArray("Cidr") << QByteArray("::ffff:1.2.3.4/96") << true;
    QTest::addRow("%s", "Cidr 1.2.3.4/8/8") << QByteArray("Cidr") << QByteArray("1.2.3.4/8/8") << false;
    QTest::addRow("%s", "Cidr /8") << QByteArray("Cidr") << QByteArray("/8") << false;
    QTest::addRow("%s", "Cidr 01.2.3.4/8") << QByteArray("Cidr") << QByteArray("01.2.3.4/8") << false;
    QTest::addRow("%s", "Cidr fe80::1%eth0/64") << QByteArray("Cidr") << QByteArray("fe80::1%eth0/64") << false;
    QTest::addRow("%s", "Cidr 1.2.3.4/ 8") << QByteArray("Cidr") << QByteArray("1.2.3.4/ 8") << false;
    // U+0000 never matches a format (the scalars also reject it before any format check).
    QTest::addRow("UUID with NUL") << QByteArray("UUID") << QByteArray("11111111-1111-4111-8111-11111111111\0", 36) << false;
    QTest::addRow("LTree with NUL") << QByteArray("LTree") << QByteArray("a\0b", 3) << false;
}

void TestScalarFormat::acceptsExactlyTheContractFormats()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    const std::string t(text.constData(), std::size_t(text.size()));
    bool actual = false;
    if (format == "Decimal")
        actual = isDecimalNumber(t);
    else if (format == "UUID")
        actual = isUuid(t);
    else if (format == "Date")
        actual = isDate(t);
    else if (format == "IpAddress")
        actual = isIpAddress(t);
    else if (format == "MacAddress")
        actual = isMacAddress(t);
    else if (format == "LTree")
        actual = isLTree(t);
    else if (format == "DateRange")
        actual = isDateRange(t);
    else if (format == "Cidr")
        actual = isCidr(t);
    else
        QFAIL("unknown format");
    QCOMPARE(actual, accepted);
}

void TestScalarFormat::normalizesDateTimeToUtc_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("normalized");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05Z") << QByteArray("2024-01-02T03:04:05Z") << true << QByteArray("2024-01-02T03:04:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T05:04:05+02:00") << QByteArray("2024-01-02T05:04:05+02:00") << true << QByteArray("2024-01-02T03:04:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T05:04:05.120+02:00") << QByteArray("2024-01-02T05:04:05.120+02:00") << true << QByteArray("2024-01-02T03:04:05.12Z");
    QTest::addRow("%s", "DateTime 2024-01-02t03:04:05z") << QByteArray("2024-01-02t03:04:05z") << true << QByteArray("2024-01-02T03:04:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05.000Z") << QByteArray("2024-01-02T03:04:05.000Z") << true << QByteArray("2024-01-02T03:04:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05.000001Z") << QByteArray("2024-01-02T03:04:05.000001Z") << true << QByteArray("2024-01-02T03:04:05.000001Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05.1234567Z") << QByteArray("2024-01-02T03:04:05.1234567Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05.Z") << QByteArray("2024-01-02T03:04:05.Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05") << QByteArray("2024-01-02T03:04:05") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02 03:04:05Z") << QByteArray("2024-01-02 03:04:05Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T24:00:00Z") << QByteArray("2024-01-02T24:00:00Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T23:60:00Z") << QByteArray("2024-01-02T23:60:00Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T23:59:60Z") << QByteArray("2024-01-02T23:59:60Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05+24:00") << QByteArray("2024-01-02T03:04:05+24:00") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05+23:59") << QByteArray("2024-01-02T03:04:05+23:59") << true << QByteArray("2024-01-01T03:05:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05-23:59") << QByteArray("2024-01-02T03:04:05-23:59") << true << QByteArray("2024-01-03T03:03:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05+02:60") << QByteArray("2024-01-02T03:04:05+02:60") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05+0200") << QByteArray("2024-01-02T03:04:05+0200") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05+02") << QByteArray("2024-01-02T03:04:05+02") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-02-30T03:04:05Z") << QByteArray("2024-02-30T03:04:05Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 0001-01-01T00:00:00Z") << QByteArray("0001-01-01T00:00:00Z") << true << QByteArray("0001-01-01T00:00:00Z");
    QTest::addRow("%s", "DateTime 0001-01-01T00:00:00+00:01") << QByteArray("0001-01-01T00:00:00+00:01") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 0001-01-01T00:00:00-00:01") << QByteArray("0001-01-01T00:00:00-00:01") << true << QByteArray("0001-01-01T00:01:00Z");
    QTest::addRow("%s", "DateTime 9999-12-31T23:59:59Z") << QByteArray("9999-12-31T23:59:59Z") << true << QByteArray("9999-12-31T23:59:59Z");
    QTest::addRow("%s", "DateTime 9999-12-31T23:59:59-00:01") << QByteArray("9999-12-31T23:59:59-00:01") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 9999-12-31T23:00:00+05:00") << QByteArray("9999-12-31T23:00:00+05:00") << true << QByteArray("9999-12-31T18:00:00Z");
    QTest::addRow("%s", "DateTime 2023-12-31T23:00:00-02:00") << QByteArray("2023-12-31T23:00:00-02:00") << true << QByteArray("2024-01-01T01:00:00Z");
    QTest::addRow("%s", "DateTime 2024-02-28T23:30:00-01:00") << QByteArray("2024-02-28T23:30:00-01:00") << true << QByteArray("2024-02-29T00:30:00Z");
    QTest::addRow("%s", "DateTime 2000-03-01T00:30:00+01:00") << QByteArray("2000-03-01T00:30:00+01:00") << true << QByteArray("2000-02-29T23:30:00Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05-00:00") << QByteArray("2024-01-02T03:04:05-00:00") << true << QByteArray("2024-01-02T03:04:05Z");
    QTest::addRow("%s", "DateTime 2024-01-02T3:04:05Z") << QByteArray("2024-01-02T3:04:05Z") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05ZZ") << QByteArray("2024-01-02T03:04:05ZZ") << false << QByteArray("");
    QTest::addRow("%s", "DateTime 2023-12-31T23:00:00+00:00") << QByteArray("2023-12-31T23:00:00+00:00") << true << QByteArray("2023-12-31T23:00:00Z");
    QTest::addRow("%s", "DateTime 1969-12-31T23:59:59.999999Z") << QByteArray("1969-12-31T23:59:59.999999Z") << true << QByteArray("1969-12-31T23:59:59.999999Z");
    QTest::addRow("%s", "DateTime 2024-01-02T03:04:05.5+00:30") << QByteArray("2024-01-02T03:04:05.5+00:30") << true << QByteArray("2024-01-02T02:34:05.5Z");
    QTest::addRow("empty") << QByteArray("") << false << QByteArray("");
    QTest::addRow("fraction then nothing") << QByteArray("2024-01-02T03:04:05.5") << false << QByteArray("");
}

void TestScalarFormat::normalizesDateTimeToUtc()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, normalized);
    const std::optional<std::string> actual = normalizeDateTime(text.toStdString());
    QCOMPARE(actual.has_value(), accepted);
    if (accepted)
        QCOMPARE(QByteArray::fromStdString(*actual), normalized);
}

void TestScalarFormat::splitsIpAddressesByFamily_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addRow("IPv4") << QByteArray("10.0.0.1") << true << false;
    QTest::addRow("IPv6") << QByteArray("fe80::1") << false << true;
    QTest::addRow("IPv4-mapped IPv6") << QByteArray("::ffff:10.0.0.1") << false << true;
    QTest::addRow("neither") << QByteArray("10.0.0.1/8") << false << false;
}

void TestScalarFormat::splitsIpAddressesByFamily()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QCOMPARE(isIpv4(text.toStdString()), v4);
    QCOMPARE(isIpv6(text.toStdString()), v6);
}

void TestScalarFormat::lowerCasesAsciiOnly()
{
    QCOMPARE(QByteArray::fromStdString(asciiLower("7E57A000-0000-4000-8000-00000000000F")),
             QByteArray("7e57a000-0000-4000-8000-00000000000f"));
    QCOMPARE(QByteArray::fromStdString(asciiLower("\xc3\x89Z")), QByteArray("\xc3\x89z"));
}

QTEST_APPLESS_MAIN(TestScalarFormat)
#include "tst_scalar_format.moc"
