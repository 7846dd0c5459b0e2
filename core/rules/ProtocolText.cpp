#include "rules/ProtocolText.h"

// Quoted word for word from the NPCC–CPS protocol (2018) as held in
// /work/shared/seeds/npcc-cps-stalking-harassment-protocol.txt. Only link markup was removed and
// list dashes shown as bullets. Do not edit the wording: fix the seed and copy again.

namespace conduct {
namespace {
struct Paragraph {
    const char* number;
    const char* text;
};
const Paragraph paragraphs[] = {
    {"3.1",
        "From the outset, it is important that police officers interrogate all relevant information. The Joint NPCC and CPS Stalking or Harassment Evidence Checklist (the Checklist) is referred to throughout this protocol and should be used by investigating officers and prosecutors. Additionally, the Joint CPS NPCC Domestic Abuse Evidence Checklist will be relevant in domestic abuse cases and should be referred to."},
    {"3.4",
        "The police will investigate potential defences put forward by the suspect. The investigation could consider:\n"
        "• Are there any signs of injury to the suspect upon arrest?\n"
        "• Have any allegations been made of other non-violent behaviour that fall within the description of stalking, harassment or domestic abuse?\n"
        "• How plausible and consistent is the suspect's account? What counter allegations, if any, have been made?\n"
        "• Are there any contradictions in the suspect's account?\n"
        "• Does the suspect accept they have committed some or all of the alleged behaviours but denies that they intended to cause alarm/distress?\n"
        "• Does the suspect believe the complainant has misunderstood their intention, and what explanation is given?\n"
        "• What evidence is there that the suspect's behaviour is unreasonable?\n"
        "• Is there evidence that the suspect has invested a disproportionate level of time, effort or resource in pursuit of the complainant?\n"
        "• Is there evidence that the suspect's behaviour has caused alarm and distress?\n"
        "• Has consideration been given to the full range of evidence that may be available via social media, digital and surrounding witnesses including work colleagues and friends?\n"
        "• Have enquiries been made into any previous bad character information including previous convictions and relevant intelligence including information about other complainants?\n"
        "• Has the suspect made no comment during interview from which an adverse inference can be drawn?\n"
        "• Does the suspect say that the behaviour was:\n"
        "• Pursued for the purpose of preventing or detecting crime;\n"
        "• Pursued under any enactment or rule of law or to comply with any condition or requirement imposed by any person under any enactment; or\n"
        "• In the particular circumstances of the case was the pursuit of the course of conduct reasonable?"},
    {"3.7",
        "The police should ensure that the Domestic Abuse, Stalking and Honour Based Violence risk assessment (DASH) or other appropriate risk identification or screening tool (including SASH) is used to assess the risk to the victim and inform the development of safeguarding plans in relation to all complainants of stalking or harassment. First response staff and their supervisor should identify risk factors, establish who is at risk and decide what level of intervention is required. Training in the use of risk screening/identification tools and their application is therefore essential. The risk identification process must remain on-going. Events and circumstances may undergo rapid and frequent change resulting in increases to the risk for victims. The assessment must be kept under constant review. High risk cases may well require a multi-agency response and should be considered where appropriate for referral to the relevant risk management panel i.e. the Multi-Agency Risk Assessment Conference (MARAC) in cases of domestic abuse and/or Multi-Agency Public Protection Panel (MAPPA)."},
    {"3.8",
        "The police will ensure that alleged incidents are not considered in isolation, and where complainants report incidents that may be typical of stalking behaviour, the police will interrogate their systems to identify whether there are any linked incidents that could indicate a pattern of behaviour. Additionally, when a case is passed to the CPS, the prosecutor will carry out a check of the CPS Case Management System (CMS) against the suspect or defendant's name to determine if the CPS holds any record of similar previous behaviour against this or any other complainant."},
    {"3.9",
        "In cases of stalking or harassment some complainants may be afraid of the suspect. In the most serious cases, they may fear that the suspect will assault, harm or even kill them. However, such fear is not present in all cases. Therefore, it is essential that complainants are asked if they have altered their behaviour (even in subtle ways) in response to the alleged behaviour or activities."},
    {"3.10",
        "In each case that is identified as harassment, the police and CPS will specifically consider if this is indeed a case of stalking to ensure that appropriate risk screening and management for both complainants and suspects can be put in place and that the CJS can have an appropriate and consistent response to this crime."},
    {"3.11",
        "Police Information Notices (PINs) will not be used in stalking cases."},
    {"4.2",
        "In some cases, the distinction between stalking and harassment will not be clear cut, as the definitions can overlap. There is no specific legal definition of stalking. However, for police and prosecutors it is helpful to know that in cases of stalking there is a pattern of unwanted, fixated and obsessive behaviour which is intrusive. It can include harassment that amounts to stalking or stalking that causes fear of violence or serious alarm or distress. Where the course of conduct involves elements of stalking behaviour, a charge under section 2A or 4A of the PHA 1997 will always be the starting point where the relevant evidential and public interest thresholds are met."},
    {"4.3",
        "The Director's Guidance on Charging sets out arrangements prescribed by the Director of Public Prosecutions for the joint working of police officers and prosecutors during the investigation and prosecution of criminal cases. The police do not have to refer every case involving stalking or harassment to the CPS, (although all domestic abuse cases do require referral to CPS for a charging decision). Where the investigating officer is unclear or uncertain whether the behaviour is stalking or harassment, where the case is complex or involves challenging issues, or where it involves stalking, the investigating officer should consider contacting the police SPOC and where appropriate seek Early Investigative Advice from the CPS. Chief Constables and Chief Crown Prosecutors will agree local arrangements for full and early consultation to take place."},
    {"4.5",
        "The police will ensure that any statements supplied to the prosecutor at the pre-charge stage will, where required, be accompanied by a completed MG2 to ensure that any requirement for special measures receives early informed consideration. The police should use an appropriate risk screening or risk assessment tool with all stalking or harassment complainants and ensure that the documentation is supplied to the prosecutor at the pre-charge stage."},
    {"4.7",
        "Prosecutors will ensure that MG3s contain a full record of the decisions taken with reasons for those decisions. Every MG3 will also contain an action plan unless there is no additional or outstanding work required from the police. To ensure cases are managed efficiently, action dates will be agreed between the CPS and the police and recorded on the action plan."},
    {"4.8",
        "At all times, police and prosecutors must consider the impact of their decisions on the risk to the complainant. The use of postal requisitions may have unintended consequences which impact the risk to the complainant. Police and prosecutors should seriously consider the effect of using postal requisitions in cases of harassment and should not use them in stalking cases."},
    {"4.11",
        "In cases where the police may grant pre-charge conditional bail under section 47 of the Police and Criminal Evidence Act (PACE) 1984, the police will seek the complainant's views regarding the conditions to be imposed and will consider imposing the same conditions as would be appropriate in a Restraining Order."},
    {"5.3",
        "When a complainant asks the police not to proceed or withdraws their support for a prosecution, the police will take a written statement that will:\n"
        "• Fully explain the reasons for withdrawing support;\n"
        "• If the original account has to be amended, provide an explanation as to why this is the case;\n"
        "• State whether the original complaint was true;\n"
        "• Set out whether the complainant has been pressurised to withdraw their complaint by any person;\n"
        "• Details of those with whom complainant has discussed the case especially anyone who has advised them (e.g. solicitor); and\n"
        "• Confirm whether the complainant is pursuing any civil action."},
    {"5.4",
        "In addition, the police will provide a report that will set out:\n"
        "• The officer's views on the case, including the veracity of the statement, any suspicions of witness intimidation or pressure (if not already included in the withdrawal statement), and a general assessment of the reasons given by the complainant;\n"
        "• The officer's views on how the case should be dealt with, including proceeding against the complainant's wishes;\n"
        "• How the complainant might react to being compelled to give evidence;\n"
        "• Details of any identified risks to the safety of the complainant, children or any other person;\n"
        "• Details of the support available to the complainant prior to the allegation being retracted or support withdrawn and whether this was a reason for the change in position (for example, access to an Independent Stalking Advocacy Caseworker (ISAC), Independent Domestic Violence Advisor (IDVA), Young Persons Violence Advisor (YPVA), Independent Sexual Violence Advisor (ISVA) or other support organisation, or whether the offer of special measures was made etc.);\n"
        "• Whether any support organisation assisting the complainant has expressed a view; and\n"
        "• The likely impact on the complainant and any children/dependents of proceeding or not proceeding with the case."},
    {"6.4",
        "In every stalking or harassment case, the police will obtain the complainant's agreement on who is to be their specific point of contact (SPOC) and their preferred means of contact (telephone, text, email or other). The identity of the SPOC should be shared with the CPS and the Witness Care Unit so that it is clear who is responsible for communicating with the complainant and recording any actions arising. Thought should be given to succession planning in preparation for when a SPOC moves on or has any absence from work. Consideration should also be given to establishing a safe number or method of communication to ensure effective communication."},
    {"6.7",
        "In cases of stalking or harassment, the impact of the alleged behaviour on the complainant is considerable. It is therefore essential that complainants are given the opportunity and are supported to provide Victim Personal Statements (VPS). Where a VPS has not been obtained, the CPS will be provided with information setting out why the VPS was not taken and any background information that may assist the prosecutor. The purpose of a VPS is to assist the court by enabling the complainant to describe the effect the alleged behaviour has had on them and their lives and to express an opinion on bail and other issues. Complainants are entitled to say whether they would like to read their VPS aloud in court or whether they would like it read aloud or played (if recorded) for them. In all cases, the VPS and the information about the complainant's preference will be relayed to the court at the first hearing by the prosecutor."},
    {"6.9",
        "Where the CPS decision is not to charge or ends all proceedings in relation to the complainant, the complainant should be informed of their right to have the case re-reviewed as part of the Victim's Right to Review (VRR) scheme."},
    {"7.2",
        "Where stalking is charged and the suspect offers to plead guilty to harassment, prosecutors will not accept pleas unless there are compelling reasons to do so. Prosecutors will have regards to:\n"
        "• The complainant's views;\n"
        "• Whether any new evidence that undermines the evidential test has been obtained since the original charging decision was made;\n"
        "• Whether there have been any changes in circumstances since the decision to charge stalking was made;\n"
        "• If the complainant is reluctant to attend court, whether it is in the public interest to witness summons him or her;\n"
        "• The strength of evidence to demonstrate behaviours associated with stalking;\n"
        "• The reasons given by the defence for suggesting that a plea to harassment should be accepted; and\n"
        "• The possible explanation that would be given to a complainant who felt that they had been stalked as to why a plea was taken to harassment."},
    {"9.2",
        "The police will explain to victims what a restraining order is and the protection it seeks to provide. At the earliest opportunity they will obtain the complainant's views and those of other specialist services working with the victim as to whether a restraining order is necessary and will provide accurate and up to date information to support an application for a restraining order. This will entail, for example, checking the accuracy of addresses and ensuring these details are reflected in a draft restraining order setting out the proposed prohibitions. Given that in most cases there will be delay between the suspect being charged and the case being finalised at court it is essential that officers check that the initial information provided to prosecutors is still accurate in case any alterations to the conditions are required. For example, where a victim has changed address."},
};
} // namespace

QString protocolParagraphText(const QString& number)
{
    for (const Paragraph& p : paragraphs)
        if (number == QLatin1String(p.number)) return QString::fromUtf8(p.text);
    return {};
}

QStringList quotedProtocolParagraphs()
{
    QStringList out;
    for (const Paragraph& p : paragraphs) out.append(QString::fromLatin1(p.number));
    return out;
}

} // namespace conduct
