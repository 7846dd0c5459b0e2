// Common UK forename variants: short forms, pet names and alternative spellings that officers
// meet on the same person's records (protocol 3.8). Each line is one group; its first name is
// the group's key, written to the database, so never reorder a group's first name.
//
// A short form shared by two full names (Chris: Christopher, Christine; Alex: Alexander,
// Alexandra; Sam: Samuel, Samantha; Pat: Patrick, Patricia) joins both into one group keyed by
// the short form. Gender and date of birth then tell the people apart: a variant match only
// raises a candidate for an officer to look at, it never links records by itself.

#include "search/NameMatching.h"

#include <QHash>

namespace conduct {
namespace {

constexpr const char* forenameGroups[] = {
    "john jon johnny jonny johnnie jonathan jonathon johnathan jack",
    "stephen steven steve stevie",
    "michael mike mick mickey micky mikey",
    "catherine katherine kathryn catharine kathleen kate katie katy kath cath cathy kathy kat",
    "elizabeth elisabeth liz lizzie lizzy beth betty bess bessie eliza libby elspeth",
    "robert rob robbie robby bob bobby rab",
    "william will willie willy bill billy liam",
    "david dave davey davie davy dai",
    "chris christopher kristopher christine christina kris kristina",
    "alex alexander alexandra alec alick alexa",
    "sam samuel samantha sammy sammie",
    "thomas tom tommy thom tam",
    "james jim jimmy jamie hamish seamus shamus",
    "daniel dan danny",
    "matthew matt matty mat",
    "nicholas nicolas nickolas nick",
    "anthony antony tony ant",
    "andrew andy drew",
    "peter pete petey",
    "susan sue susie suzie suzy suzanne susanna susannah",
    "jennifer jenny jen jennie jenni",
    "margaret maggie maggy peggy peg meg marge margie madge",
    "rebecca becky becca bex becki",
    "richard rich richie rick ricky dick",
    "edward ed eddie eddy ted teddy ned",
    "joseph joe joey",
    "joanne joanna jo",
    "benjamin ben benny benji",
    "pat patrick patricia paddy patty patti trish tricia patsy",
    "charlie charles charlotte chas chaz lottie",
    "frederick frederic fredrick fred freddie freddy",
    "henry harry hal hank",
    "gerald gerard gerry jerry",
    "leonard len lenny",
    "ronald ron ronnie ronny",
    "donald don donnie donny",
    "kenneth ken kenny",
    "timothy tim timmy",
    "philip phillip phil pip",
    "gregory greg gregg",
    "raymond ray",
    "stuart stewart stu",
    "terence terrence terry tel",
    "victoria vicky vicki vikki vickie tori",
    "deborah debra debbie debby deb",
    "alison allison allyson",
    "amanda mandy",
    "barbara barbra barb babs",
    "dorothy dot dottie dotty dolly",
    "eleanor elinor ellie nell nellie",
    "jacqueline jackie jacqui",
    "sarah sara sally sadie",
    "mary molly polly mamie",
    "ann anne anna annie nan nancy",
    "caroline carolyn carol carole carrie",
    "kimberley kimberly kim",
    "natalie natalia nat",
    "nathan nathaniel nate",
    "gary garry gaz",
    "sean shaun shawn",
    "ian iain",
    "neil neal neale niall",
    "alan allan allen alun al",
    "alistair alasdair alastair alister",
    "graham graeme grahame",
    "geoffrey jeffrey jeffery geoff jeff",
    "lawrence laurence larry laurie lawrie",
    "leslie lesley les",
    "nicola nichola nikki nicky",
    "abigail abbie abby abi abbey",
    "francis frances fran frank frankie",
    "gillian jillian gill jill gilly",
    "louise louisa lou",
    "lewis louis lew",
    "mohammed muhammad muhammed mohammad mohamed mohamad mahomed mo",
    "stephanie steph steff",
    "theodore theo",
    "albert bert bertie",
    "oliver ollie olly",
    "olivia liv livvy",
    "jessica jess jessie",
    "danielle dani",
    "isabel isobel isabelle isabella izzy issy",
    "joshua josh",
    "zachary zach zack zak",
    "jacob jake jakob",
    "callum calum",
    "dominic dominick dom",
    "tracy tracey",
    "bernard bernie barney",
    "vincent vince vinny vinnie",
    "mark marc",
    "claire clare",
    "martin marty",
    "douglas doug dougie",
    "rose rosie rosa rosemary",
    "sandra sandie sandy",
    "owen owain",
    "lee leigh",
};

QHash<QString, QString> buildVariantIndex()
{
    QHash<QString, QString> index;
    for (const char* group : forenameGroups) {
        const QStringList names = QString::fromLatin1(group).split(u' ', Qt::SkipEmptyParts);
        for (const QString& name : names) index.insert(name, names.first());
    }
    return index;
}

} // namespace

QString forenameGroupKey(const QString& normalised)
{
    static const QHash<QString, QString> index = buildVariantIndex();
    return index.value(normalised);
}

} // namespace conduct
