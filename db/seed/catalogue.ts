// The 131 learning opportunities of the 2021–22 reporting year.
export type OppType =
  | "course"
  | "e_learning"
  | "webinar"
  | "briefing"
  | "conference"
  | "best_practice_event"
  | "safer_workshop";
export type Duration = "full_day" | "half_day" | "short" | "self_paced";
export type Level = "Universal" | "Targeted" | "Specialist";

export type OpportunitySeed = {
  title: string;
  type: OppType;
  topic: string;
  level: Level;
  duration: Duration;
  summary: string;
  multiAgency?: boolean;
  requiresManagerApproval?: boolean;
  membersOnly?: boolean;
  prerequisites?: string;
  /** Title of an opportunity whose completion is required. */
  prerequisiteTitle?: string;
};

export const TOPICS: Record<string, { context: string; outcomes: string[] }> = {
  Neglect: {
    context: "Neglect remains the most common reason for a child protection plan in Norfolk and is one of the partnership's three priorities.",
    outcomes: [
      "Recognise the signs and indicators of neglect across the age range",
      "Understand the impact of cumulative harm on children's development",
      "Use the Norfolk neglect strategy and threshold guide to decide on next steps",
      "Gather and record evidence of the child's lived experience",
      "Work with families to agree clear, measurable changes",
      "Know when and how to escalate concerns about drift and delay",
    ],
  },
  "Graded Care Profile 2": {
    context: "The Graded Care Profile 2 (GCP2) is the tool Norfolk uses to measure the quality of care a child receives and to plan change with families.",
    outcomes: [
      "Complete a Graded Care Profile 2 assessment with a family",
      "Score the areas of care consistently and explain the scores",
      "Use GCP2 findings in referrals, plans and reviews",
      "Share GCP2 outcomes with parents in a strengths-based way",
      "Repeat the assessment to measure progress over time",
    ],
  },
  Exploitation: {
    context: "Exploitation of children, criminal and sexual, is one of the partnership's three priorities, and children are often exploited in more than one way at once.",
    outcomes: [
      "Identify the push and pull factors that make children vulnerable to exploitation",
      "Recognise the signs of criminal and sexual exploitation",
      "Complete the Child Exploitation Screening Tool and make a referral",
      "Use language that does not blame children for their exploitation",
      "Understand the role of the Missing and Exploitation Hub and multi-agency meetings",
      "Contribute to disruption and safety planning",
    ],
  },
  "County lines": {
    context: "County lines gangs use children and vulnerable adults to move drugs and money from cities into Norfolk's towns and coastal areas.",
    outcomes: [
      "Explain how county lines operate in Norfolk",
      "Recognise cuckooing and the signs that a young person is carrying drugs or money",
      "Know when to use the National Referral Mechanism",
      "Share intelligence safely with the police",
      "Respond to a child found out of area",
    ],
  },
  "Protecting Babies": {
    context: "Babies under one are the most vulnerable to serious harm, and protecting babies is one of the partnership's three priorities.",
    outcomes: [
      "Recognise risks to babies before and after birth",
      "Understand why bruising in a non-mobile baby must always be referred",
      "Support parents to cope with a crying baby",
      "Include both parents, including fathers and male carers, in assessments",
      "Share information promptly between maternity, health visiting and children's services",
      "Apply learning from local and national reviews involving babies",
    ],
  },
  "Safe sleep": {
    context: "Most sudden unexpected infant deaths happen when a baby shares a sleep surface with an adult, often when it was not planned.",
    outcomes: [
      "Give consistent safer sleep advice to every family",
      "Identify families where unplanned co-sleeping is more likely",
      "Talk with parents about alcohol, drugs, smoking and overcrowding",
      "Use the safer sleep assessment and record the advice given",
    ],
  },
  "Inclusive Fathers": {
    context: "The Inclusive Fathers project, running for three years from April 2022, helps practitioners to see, engage and assess fathers and male carers.",
    outcomes: [
      "Identify and engage fathers and male carers from the first contact",
      "Assess the risks and strengths men bring to a child's life",
      "Challenge mother-focused practice in records and meetings",
      "Use practical tools to involve dads in plans",
      "Reflect on your own assumptions about fathers",
    ],
  },
  "Joint Agency Group Supervision (JAGS)": {
    context: "Joint Agency Group Supervision (JAGS) brings practitioners from several agencies together to think about one family, share responsibility and plan next steps.",
    outcomes: [
      "Explain the purpose and model of Joint Agency Group Supervision",
      "Prepare a family's case for group supervision",
      "Facilitate a reflective, solution-focused discussion",
      "Record agreed actions and follow them up",
      "Use supervision to reduce drift in complex cases",
    ],
  },
  "Communication campaigns": {
    context: "The partnership runs public communication campaigns, such as safer sleep, coping with crying and online safety, that practitioners can use in their conversations with families.",
    outcomes: [
      "Know the current NSCP campaign messages and resources",
      "Use campaign materials in everyday contact with families",
      "Tailor messages for fathers, young parents and families who rarely use services",
      "Feed back to the business unit on what works",
    ],
  },
  "FLOURISH framework": {
    context: "FLOURISH (Family and friends, Learning, Opportunities, Understood, Resilience, Individual, Safe and secure, Healthy) is Norfolk's shared framework for what children need to thrive.",
    outcomes: [
      "Describe the eight FLOURISH outcomes",
      "Use FLOURISH language with children, families and colleagues",
      "Frame assessments and plans around what matters to the child",
      "Measure progress against FLOURISH outcomes",
    ],
  },
  "Domestic abuse": {
    context: "Children who see, hear or experience the effects of domestic abuse are victims in their own right under the Domestic Abuse Act 2021.",
    outcomes: [
      "Recognise the impact of domestic abuse on children of different ages",
      "Understand coercive and controlling behaviour",
      "Use the DASH risk checklist and know the MARAC referral threshold",
      "Plan safely with the non-abusing parent",
      "Hold perpetrators to account in assessments and plans",
      "Know local specialist services and Operation Encompass",
    ],
  },
  "Online safety": {
    context: "Children's lives are lived online as well as offline, and abuse, exploitation and harmful content can reach them through any device.",
    outcomes: [
      "Recognise online risks including grooming, sextortion and harmful content",
      "Respond to incidents of nude and semi-nude image sharing",
      "Give parents and carers practical advice about settings and supervision",
      "Know how to report and escalate online harm",
      "Understand how online and offline exploitation overlap",
    ],
  },
  "Safer recruitment": {
    context: "Safer recruitment deters, rejects and identifies people who might abuse children, and is a key part of a safe organisation.",
    outcomes: [
      "Plan a safer recruitment process from advert to induction",
      "Scrutinise applications and references for gaps and inconsistencies",
      "Use values-based interview questions",
      "Understand DBS checks, eligibility and barred list checks",
      "Maintain a safe culture after appointment",
    ],
  },
  "Managing allegations": {
    context: "When an allegation is made against someone who works or volunteers with children, the Local Authority Designated Officer (LADO) process makes sure it is handled fairly, quickly and consistently.",
    outcomes: [
      "Recognise when the LADO threshold is met",
      "Know what to do, and what not to do, when an allegation is made",
      "Understand the roles of the employer, the LADO and the police",
      "Keep records and manage confidentiality",
      "Support the child and the person the allegation is about",
    ],
  },
  "Early help": {
    context: "Early help means offering support as soon as a problem emerges, and Norfolk's family hubs and early help teams work with partners to provide it.",
    outcomes: [
      "Understand the Norfolk threshold guide and the continuum of need",
      "Complete an Early Help Assessment with a family",
      "Lead or contribute to a Team Around the Family",
      "Write outcome-focused family support plans",
      "Know when to step up to children's social care",
    ],
  },
  "Working Together": {
    context: "Working Together to Safeguard Children sets out how agencies must work together, and Norfolk's multi-agency procedures describe how this works locally.",
    outcomes: [
      "Understand the statutory framework for safeguarding children",
      "Know the roles and responsibilities of each partner agency",
      "Make a good quality referral to the Children's Advice and Duty Service (CADS)",
      "Share information lawfully and confidently",
      "Use the NSCP escalation policy to resolve professional disagreements",
      "Understand the child protection process from referral to conference",
    ],
  },
  "Child sexual abuse": {
    context: "Most child sexual abuse happens within the family environment and much of it is not identified while the victims are still children.",
    outcomes: [
      "Recognise the signs and indicators of child sexual abuse",
      "Respond to a disclosure in a way that supports the child",
      "Understand the barriers children face in telling",
      "Know the referral pathway, including the Sexual Assault Referral Centre",
      "Work with non-abusing parents and carers",
    ],
  },
  "Harmful sexual behaviour": {
    context: "Some children display sexual behaviour that is harmful to themselves or others and need a proportionate, child-centred response.",
    outcomes: [
      "Distinguish healthy, problematic and harmful sexual behaviour",
      "Use the Brook Traffic Light Tool",
      "Understand the AIM3 assessment model",
      "Plan a safe response for every child involved",
    ],
  },
  "Mental health": {
    context: "Parental mental health, substance misuse and young people's own emotional wellbeing all shape the risks children face.",
    outcomes: [
      "Recognise the impact of parental mental ill health and substance misuse on children",
      "Respond to self-harm and suicidal thoughts in young people",
      "Know local mental health pathways and services",
      "Work with adult services to think family",
      "Support children who are young carers",
    ],
  },
  "Practice reviews": {
    context: "In 2021–22 the partnership published one Safeguarding Practice Review, completed four Rapid Reviews and started two more reviews, and their learning shapes this offer.",
    outcomes: [
      "Understand the key findings from recent local and national reviews",
      "Reflect on how the learning applies to your own practice",
      "Identify changes your team can make",
      "Know where to find the briefings and tools that support the learning",
    ],
  },
  "Child protection practice": {
    context: "Good child protection practice depends on professional curiosity, hearing the voice of the child and working together across agencies.",
    outcomes: [
      "Keep the child's lived experience at the centre of your work",
      "Apply professional curiosity and respectful challenge",
      "Record concerns clearly and share them promptly",
      "Work effectively with other agencies in assessments and plans",
      "Recognise additional vulnerabilities and barriers for some children",
    ],
  },
  "Safer organisations": {
    context: "The Safer programme helps voluntary and community organisations keep their safeguarding skills, policies and guidance up to date.",
    outcomes: [
      "Write or update a proportionate safeguarding policy",
      "Understand the role of a designated safeguarding lead in a community group",
      "Record and report concerns to the right place",
      "Build a culture where staff and volunteers feel able to raise concerns",
      "Review your policies every year against the NSCP templates",
    ],
  },
  "Training and development": {
    context: "The partnership's training offer was nominated for two national awards, and best-practice events help trainers across agencies share what works.",
    outcomes: [
      "Design learning that changes practice, not just knowledge",
      "Measure the impact of training on practice",
      "Use case studies and lived experience safely",
      "Share resources and give peer feedback to other trainers",
    ],
  },
};

export const TYPE_SENTENCE: Record<OppType, (d: Duration) => string> = {
  course: (d) =>
    d === "full_day"
      ? "This full-day multi-agency course is delivered by trainers from partner agencies and uses case studies drawn from local practice."
      : "This half-day multi-agency course mixes short inputs with group discussion of local case studies.",
  e_learning: () =>
    "This self-paced e-learning module takes about an hour and can be completed in stages; a certificate is available on completion.",
  webinar: () => "This one-hour live webinar includes time for questions, and the slides are shared afterwards with everyone who booked.",
  briefing: () => "This short briefing covers the key messages in under an hour and points to tools and procedures you can use straight away.",
  best_practice_event: () =>
    "This event for trainers and practice leads shares what works and builds a network of practitioners across the partnership.",
  conference: () => "The conference brings together practitioners and leaders from across the partnership, with keynote speakers and workshops.",
  safer_workshop: () =>
    "This practical workshop for voluntary and community organisations uses the NSCP policy templates and leaves you with actions for your own organisation.",
};

export const AUDIENCE: Record<Level, string> = {
  Universal: "Everyone who works or volunteers with children, young people or parents in Norfolk.",
  Targeted: "Practitioners who work directly with children and families and contribute to assessments and plans.",
  Specialist: "Experienced practitioners and managers with case responsibility or a lead safeguarding role.",
};

export const SAFER_AUDIENCE = "Staff, volunteers, trustees and designated safeguarding leads of voluntary and community organisations.";
export const TRAINER_AUDIENCE = "Trainers, practice educators and designated safeguarding leads who deliver safeguarding learning.";

const course = (
  title: string,
  topic: string,
  level: Level,
  duration: "full_day" | "half_day",
  summary: string,
  extra: Partial<OpportunitySeed> = {},
): OpportunitySeed => ({ title, type: "course", topic, level, duration, summary, multiAgency: true, ...extra });

const of =
  (type: OppType, duration: Duration) =>
  (title: string, topic: string, level: Level, summary: string, extra: Partial<OpportunitySeed> = {}): OpportunitySeed => ({
    title,
    type,
    topic,
    level,
    duration,
    summary,
    ...extra,
  });

const elearn = of("e_learning", "self_paced");
const webinar = of("webinar", "short");
const briefing = of("briefing", "short");

export const NEGLECT_COURSE = "Recognising and Responding to Neglect";
export const FOUNDATION_COURSE = "Working Together to Safeguard Children: Multi-agency Foundation";
export const THINK_FAMILY_COURSE = "Think Family: Working with the Whole Family";
export const CONTEXTUAL_COURSE = "Contextual Safeguarding: Risk Beyond the Family Home";
export const DOMESTIC_ABUSE_COURSE = "Domestic Abuse: The Impact on Children and Young People";

export const COURSES: OpportunitySeed[] = [
  course(NEGLECT_COURSE, "Neglect", "Universal", "full_day",
    "Learn to spot the signs of neglect early and act on them with partners before harm builds up."),
  course("Using the Graded Care Profile 2 (GCP2)", "Graded Care Profile 2", "Targeted", "full_day",
    "Practical training in using the Graded Care Profile 2 to assess the quality of care and plan change with families.",
    { prerequisiteTitle: NEGLECT_COURSE,
      prerequisites: "You should have completed Recognising and Responding to Neglect, or equivalent single-agency neglect training." }),
  course("Chronic Neglect and Cumulative Harm", "Neglect", "Specialist", "full_day",
    "Recognise and challenge drift when neglect persists over months and years.",
    { prerequisiteTitle: NEGLECT_COURSE,
      prerequisites: "For practitioners with case responsibility who have completed Recognising and Responding to Neglect." }),
  course("Child Exploitation: Recognising the Signs", "Exploitation", "Universal", "half_day",
    "An introduction to criminal and sexual exploitation and what to do if you are worried about a child."),
  course("County Lines and Child Criminal Exploitation", "County lines", "Targeted", "full_day",
    "Understand how county lines gangs target Norfolk's children and how partners disrupt them."),
  course("Child Sexual Exploitation: Disruption and Safety Planning", "Exploitation", "Specialist", "full_day",
    "Build multi-agency safety plans and disruption tactics for children at high risk of sexual exploitation.",
    { prerequisiteTitle: "Child Exploitation: Recognising the Signs",
      prerequisites: "You should have completed Child Exploitation: Recognising the Signs and be working with children at risk of exploitation." }),
  course(CONTEXTUAL_COURSE, "Exploitation", "Targeted", "full_day",
    "Assess and respond to the risks children face in peer groups, schools, online and in public spaces."),
  course("Protecting Babies: Safer Sleep and Infant Care", "Safe sleep", "Universal", "half_day",
    "Give every family consistent advice that reduces the risk of sudden infant death and harm to babies."),
  course("ICON: Coping with Crying and Abusive Head Trauma", "Protecting Babies", "Targeted", "half_day",
    "Help parents cope with a crying baby and prevent abusive head trauma using the ICON programme."),
  course("Pre-birth Assessment and Planning", "Protecting Babies", "Specialist", "full_day",
    "Plan early and jointly for unborn babies where there are safeguarding concerns.",
    { requiresManagerApproval: true,
      prerequisites: "For social workers, midwives and health visitors who lead or contribute to pre-birth assessments. Line manager approval is required." }),
  course("Bruising and Injuries in Non-mobile Babies", "Protecting Babies", "Targeted", "half_day",
    "Apply the Norfolk protocol for bruising and injuries in babies who are not yet mobile."),
  course("Inclusive Fathers: Engaging Dads and Male Carers", "Inclusive Fathers", "Targeted", "full_day",
    "Practical ways to see, involve and assess fathers and male carers in every piece of work."),
  course(THINK_FAMILY_COURSE, "Early help", "Universal", "full_day",
    "See the whole family, including the adults' own needs, when working to keep children safe."),
  course("Joint Agency Group Supervision (JAGS) Facilitator Training", "Joint Agency Group Supervision (JAGS)", "Specialist", "full_day",
    "Train to facilitate Joint Agency Group Supervision for practitioners working with the same family.",
    { requiresManagerApproval: true,
      prerequisites: "For experienced supervisors and practice leads nominated by their agency. Line manager approval is required." }),
  course("Using the FLOURISH Framework in Practice", "FLOURISH framework", "Universal", "half_day",
    "Put Norfolk's FLOURISH framework at the heart of conversations, assessments and plans."),
  course(DOMESTIC_ABUSE_COURSE, "Domestic abuse", "Universal", "full_day",
    "Understand how domestic abuse affects children and how to respond safely."),
  course("DASH Risk Assessment and MARAC Referrals", "Domestic abuse", "Targeted", "full_day",
    "Use the DASH risk checklist with confidence and make good referrals to MARAC."),
  course("Coercive Control and Its Effect on Parenting", "Domestic abuse", "Targeted", "half_day",
    "Recognise coercive and controlling behaviour and its effect on parenting capacity."),
  course("Harmful Sexual Behaviour and Image Sharing Online", "Online safety", "Targeted", "half_day",
    "Respond proportionately when children share nude images or show harmful sexual behaviour online."),
  course("Keeping Children Safe Online", "Online safety", "Universal", "half_day",
    "Up-to-date knowledge of online risks and how to support children and parents to manage them."),
  course("Child Sexual Abuse in the Family Environment", "Child sexual abuse", "Specialist", "full_day",
    "Identify and respond to child sexual abuse within families, which often stays hidden for years.",
    { requiresManagerApproval: true,
      prerequisites: "For practitioners with case responsibility; Working Together to Safeguard Children: Multi-agency Foundation or equivalent is expected. Line manager approval is required." }),
  course("Responding to Disclosures of Child Sexual Abuse", "Child sexual abuse", "Targeted", "full_day",
    "Respond to a child who tells you about sexual abuse in a way that protects them and any investigation."),
  course(FOUNDATION_COURSE, "Working Together", "Universal", "full_day",
    "The foundation multi-agency course on roles, responsibilities and the child protection process in Norfolk."),
  course("Child Protection Conferences and Core Groups", "Working Together", "Targeted", "full_day",
    "Contribute effectively to child protection conferences, core groups and plans."),
  course("Section 47 Enquiries and Strategy Discussions", "Working Together", "Specialist", "full_day",
    "Joint training for police, social workers and health practitioners on strategy discussions and section 47 enquiries.",
    { requiresManagerApproval: true,
      prerequisites: "For police officers, social workers and health practitioners who take part in strategy discussions. Line manager approval is required." }),
  course("Early Help Assessment and Family Support Planning", "Early help", "Targeted", "full_day",
    "Lead early help assessments and write family support plans that make a difference."),
  course("Managing Allegations Against Staff: The LADO Process", "Managing allegations", "Targeted", "half_day",
    "What managers and designated leads need to know when an allegation is made against someone who works with children."),
  course("Safer Recruitment in Education and Care Settings", "Safer recruitment", "Targeted", "full_day",
    "Meets the expectation that at least one member of every recruitment panel is trained in safer recruitment."),
  course("Parental Mental Health and Substance Misuse: Hidden Harm", "Mental health", "Targeted", "full_day",
    "Understand the hidden harm to children of parental mental ill health, drug and alcohol use."),
  course("Harmful Sexual Behaviour: AIM3 Assessment", "Harmful sexual behaviour", "Specialist", "full_day",
    "Assess harmful sexual behaviour by children and young people using the AIM3 model.",
    { requiresManagerApproval: true,
      prerequisites: "For practitioners who will complete AIM3 assessments; you should have completed harmful sexual behaviour awareness training. Line manager approval is required." }),
  course("Self-harm and Suicide Prevention in Young People", "Mental health", "Targeted", "full_day",
    "Respond with confidence and compassion to young people who self-harm or feel suicidal."),
  course("Female Genital Mutilation and Honour-based Abuse", "Child protection practice", "Targeted", "half_day",
    "Recognise and respond to FGM, forced marriage and honour-based abuse, including the mandatory reporting duty."),
  course("Children Missing from Home, Care and Education", "Exploitation", "Targeted", "half_day",
    "Respond to children who go missing and understand the links with exploitation."),
  course("Voice of the Child: Direct Work Skills", "Child protection practice", "Targeted", "full_day",
    "Practical tools to hear and record the child's wishes, feelings and lived experience."),
  course("Safeguarding Disabled Children", "Child protection practice", "Targeted", "full_day",
    "Recognise the additional vulnerabilities of disabled children and the barriers to protecting them."),
];

export const E_LEARNING: OpportunitySeed[] = [
  elearn("Introduction to Safeguarding Children", "Working Together", "Universal", "The essentials of safeguarding children for anyone who works or volunteers in Norfolk."),
  elearn("Neglect Awareness", "Neglect", "Universal", "Recognise the signs of neglect and know how to share a concern."),
  elearn("Child Exploitation Awareness", "Exploitation", "Universal", "An introduction to the criminal and sexual exploitation of children."),
  elearn("Safer Sleep for Babies", "Safe sleep", "Universal", "The key safer sleep messages every practitioner who meets families should share."),
  elearn("Domestic Abuse Awareness", "Domestic abuse", "Universal", "Understand domestic abuse and its impact on children and young people."),
  elearn("Online Safety for Practitioners", "Online safety", "Universal", "The main online risks to children and how to respond to them."),
  elearn("Prevent: Radicalisation Awareness", "Exploitation", "Universal", "Recognise when a child may be at risk of radicalisation and how to make a referral."),
  elearn("Female Genital Mutilation Awareness", "Child protection practice", "Universal", "The facts about FGM and the legal duties on professionals."),
  elearn("Child Sexual Abuse Awareness", "Child sexual abuse", "Universal", "Recognise signs of child sexual abuse and understand why children find it hard to tell."),
  elearn("County Lines Awareness", "County lines", "Universal", "How county lines works and the signs that a child may be involved."),
  elearn("Information Sharing in Safeguarding", "Working Together", "Universal", "Share information lawfully, safely and at the right time."),
  elearn("Early Help in Norfolk: An Introduction", "Early help", "Universal", "What early help is, who provides it and how families can get it in Norfolk."),
  elearn("Working Together to Safeguard Children: An Overview", "Working Together", "Universal", "A short overview of the statutory guidance and Norfolk's local arrangements."),
  elearn("Safeguarding Essentials for Volunteers", "Safer organisations", "Universal", "Short, practical safeguarding learning for volunteers in community groups."),
  elearn("Recognising Bruising and Injuries in Children", "Protecting Babies", "Universal", "When an injury may be non-accidental and what to do about it."),
  elearn("Modern Slavery and Child Trafficking", "Exploitation", "Targeted", "Identify children who may be trafficked and use the National Referral Mechanism."),
  elearn("Private Fostering Awareness", "Child protection practice", "Universal", "Recognise private fostering arrangements and the duty to tell the local authority."),
  elearn("Understanding Adverse Childhood Experiences", "Mental health", "Universal", "How adverse childhood experiences affect children and what helps them recover."),
  elearn("Managing Allegations: Awareness for Managers", "Managing allegations", "Targeted", "A short guide for managers to the LADO process and their responsibilities as employers."),
  elearn("Safer Recruitment: Core Principles", "Safer recruitment", "Targeted", "The principles of safer recruitment for anyone involved in hiring staff or volunteers."),
  elearn("Safeguarding Young People in Transition to Adulthood", "Child protection practice", "Targeted", "Keeping 16 to 25 year olds safe as they move between children's and adult services."),
  elearn("Inclusive Fathers: Why Dads Matter", "Inclusive Fathers", "Universal", "The evidence on fathers' influence on children and why services often overlook them."),
  elearn("FLOURISH: An Introduction", "FLOURISH framework", "Universal", "An introduction to Norfolk's FLOURISH framework and its eight outcomes."),
  elearn("Reducing Parental Conflict", "Early help", "Universal", "How conflict between parents affects children and what practitioners can do."),
  elearn("Harmful Sexual Behaviour Awareness", "Harmful sexual behaviour", "Universal", "The continuum of children's sexual behaviour and when to act."),
  elearn("Trauma-informed Practice: An Introduction", "Mental health", "Universal", "What trauma-informed practice means for everyday work with children and families."),
  elearn("Graded Care Profile 2: Preparing to Use the Tool", "Graded Care Profile 2", "Universal", "Get ready to use the Graded Care Profile 2 before attending the practical course."),
  elearn("Professional Curiosity and Respectful Challenge", "Child protection practice", "Universal", "Why professional curiosity matters and how to challenge colleagues and families respectfully."),
  elearn("Escalation: Resolving Professional Disagreements", "Working Together", "Universal", "How to use the NSCP escalation policy when you disagree with another agency's decision."),
  elearn("Safeguarding Children with Special Educational Needs and Disabilities", "Child protection practice", "Universal", "The additional safeguarding risks for children with special educational needs and disabilities."),
];

export const WEBINARS: OpportunitySeed[] = [
  webinar("Neglect Webinar: Seeing the Child in a Chaotic Home", "Neglect", "Universal", "Practitioners share how they kept the child in focus when working with families in chaos."),
  webinar("Exploitation Update: The Missing and Exploitation Hub", "Exploitation", "Universal", "Local exploitation trends and the work of the Missing and Exploitation Hub."),
  webinar("Safer Sleep Week Webinar", "Safe sleep", "Universal", "The latest safer sleep evidence and campaign resources for Safer Sleep Week."),
  webinar("ICON Week: Babies Cry, You Can Cope", "Communication campaigns", "Universal", "Campaign messages on coping with crying for everyone who meets new parents."),
  webinar("Inclusive Fathers: Project Launch Webinar", "Inclusive Fathers", "Universal", "The launch of the three-year Inclusive Fathers project and how partners can get involved."),
  webinar("JAGS: What Group Supervision Offers Practitioners", "Joint Agency Group Supervision (JAGS)", "Universal", "How Joint Agency Group Supervision works and how to bring a family to a session."),
  webinar("Learning from Safeguarding Practice Reviews", "Practice reviews", "Universal", "Key messages from the partnership's published Safeguarding Practice Review."),
  webinar("Rapid Reviews 2021-22: Themes and Learning", "Practice reviews", "Targeted", "Themes from this year's four Rapid Reviews and what they mean for practice."),
  webinar("The Domestic Abuse Act 2021: What Has Changed", "Domestic abuse", "Universal", "What the Domestic Abuse Act 2021 means for children and for your practice."),
  webinar("Online Safety: Gaming, Chat and Sextortion", "Online safety", "Universal", "The online risks children face in games and chat apps, including sextortion."),
  webinar("Child Sexual Abuse: Research into Practice", "Child sexual abuse", "Targeted", "What recent research tells us about identifying and responding to child sexual abuse."),
  webinar("County Lines Intensification Week Webinar", "County lines", "Universal", "Police and partners explain the latest county lines activity in Norfolk."),
  webinar("Family Hubs and Early Help in Norfolk", "Early help", "Universal", "How Norfolk's family hubs work with partners to offer early help."),
  webinar("Using the Norfolk Threshold Guide", "Working Together", "Universal", "How to use the threshold guide to decide the right level of support for a family."),
  webinar("Professional Curiosity in Practice", "Child protection practice", "Universal", "Practical examples of professional curiosity making a difference for children."),
  webinar("Neurodiversity and Safeguarding", "Child protection practice", "Targeted", "Safeguarding considerations for neurodivergent children and parents."),
  webinar("Hidden Harm: Parental Alcohol Misuse", "Mental health", "Universal", "How parental alcohol misuse affects children and how to start the conversation."),
  webinar("The Cost of Living and Neglect", "Neglect", "Universal", "How financial pressure affects families and where poverty and neglect meet."),
  webinar("Private Fostering Awareness Week Webinar", "Child protection practice", "Universal", "Why private fostering arrangements are often missed and what you must do."),
  webinar("Children's Mental Health Week Webinar", "Mental health", "Universal", "Supporting children's emotional wellbeing and knowing when to refer."),
  webinar("Young Carers: Recognising Hidden Need", "Early help", "Universal", "Identify young carers and connect them with support."),
  webinar("The Serious Violence Duty and Knife Crime", "Exploitation", "Targeted", "What the Serious Violence Duty means for partners working with young people."),
  webinar("FLOURISH: Stories from Practice", "FLOURISH framework", "Universal", "Practitioners describe how FLOURISH changed their conversations with families."),
  webinar("Communication Campaigns: Using NSCP Resources with Families", "Communication campaigns", "Universal", "How to use the partnership's campaign resources in everyday work with families."),
];

export const BRIEFINGS: OpportunitySeed[] = [
  briefing("Seven-minute Briefing: Neglect", "Neglect", "Universal", "The key messages about neglect in a seven-minute team briefing."),
  briefing("Seven-minute Briefing: Safer Sleep", "Safe sleep", "Universal", "Safer sleep messages for every contact with families of babies."),
  briefing("Seven-minute Briefing: Bruising in Non-mobile Babies", "Protecting Babies", "Universal", "Why any bruise on a baby who is not yet mobile must be referred, and how."),
  briefing("Seven-minute Briefing: Child Criminal Exploitation", "Exploitation", "Universal", "The signs of criminal exploitation and the local referral route."),
  briefing("Seven-minute Briefing: Adultification Bias", "Exploitation", "Universal", "How adultification bias can stop children being seen as victims."),
  briefing("Seven-minute Briefing: The Escalation Policy", "Working Together", "Universal", "When and how to escalate a professional disagreement."),
  briefing("Seven-minute Briefing: Information Sharing", "Working Together", "Universal", "The seven golden rules of information sharing in practice."),
  briefing("Rapid Review Briefing: Protecting Babies", "Practice reviews", "Targeted", "Learning from a local Rapid Review involving a baby, for team discussion."),
  briefing("Briefing: Norfolk's Multi-agency Safeguarding Arrangements", "Working Together", "Universal", "How the three statutory partners lead the partnership and what that means for you."),
  briefing("Briefing: Changes to the Early Help Assessment", "Early help", "Targeted", "What has changed in the Early Help Assessment and plan."),
  briefing("Briefing: Graded Care Profile 2 Updates", "Graded Care Profile 2", "Targeted", "Updates to Norfolk's use of the Graded Care Profile 2 and where to get support."),
  briefing("Briefing: Inclusive Fathers for Managers", "Inclusive Fathers", "Targeted", "How managers can support their teams to engage fathers and male carers."),
  briefing("Briefing: JAGS for Team Managers", "Joint Agency Group Supervision (JAGS)", "Targeted", "How team managers can refer families and release staff for Joint Agency Group Supervision."),
  briefing("Briefing: Online Harms and Young People", "Online safety", "Universal", "The online harms young people report most and what helps."),
  briefing("Briefing: Updated LADO Procedures", "Managing allegations", "Targeted", "The updated procedures for referring allegations to the LADO."),
  briefing("Briefing: County Lines and Cuckooing", "County lines", "Universal", "How cuckooing works and what to do if you suspect it."),
  briefing("Briefing: Operation Encompass in Schools", "Domestic abuse", "Universal", "How police tell schools about domestic abuse incidents and how schools should respond."),
  briefing("Briefing: The Sexual Assault Referral Centre Pathway", "Child sexual abuse", "Targeted", "When and how to use the Sexual Assault Referral Centre for children."),
];

export const BEST_PRACTICE_EVENTS: OpportunitySeed[] = [
  of("best_practice_event", "half_day")("Trainers' Best Practice Forum: Designing Learning that Changes Practice", "Training and development", "Targeted",
    "A forum for trainers across the partnership to share how they design learning that changes practice."),
  of("best_practice_event", "half_day")("Trainers' Best Practice Forum: Measuring the Impact of Training", "Training and development", "Targeted",
    "How trainers can measure the impact of safeguarding learning on practice and outcomes for children."),
  of("best_practice_event", "half_day")("Neglect Practice Showcase", "Neglect", "Universal",
    "Teams from across Norfolk showcase practice that made a difference for neglected children."),
  of("best_practice_event", "full_day")("Exploitation Practice Development Day", "Exploitation", "Targeted",
    "A day of workshops on tackling exploitation, led by practitioners who do it every day."),
  of("best_practice_event", "half_day")("Designated Safeguarding Leads' Best Practice Event", "Working Together", "Targeted",
    "Designated safeguarding leads share practice and hear updates from the partnership."),
  of("best_practice_event", "full_day")("Protecting Babies: Multi-agency Practice Day", "Protecting Babies", "Targeted",
    "Maternity, health visiting, social care and police practitioners learn together about protecting babies."),
];

export const CONFERENCES: OpportunitySeed[] = [
  of("conference", "full_day")("NSCP Annual Conference: Neglect, Exploitation and Protecting Babies", "Neglect", "Universal",
    "The partnership's annual conference on its three priorities, with national speakers and local workshops."),
  of("conference", "full_day")("Inclusive Fathers Conference: Dads Matter", "Inclusive Fathers", "Universal",
    "A conference launching the Inclusive Fathers project, with fathers, researchers and practitioners."),
];

const safer = (title: string, topic: string, duration: Duration, summary: string, membersOnly: boolean): OpportunitySeed => ({
  title: `Safer Workshop: ${title}`,
  type: "safer_workshop",
  topic,
  level: "Universal",
  duration,
  summary,
  membersOnly,
});

export const SAFER_WORKSHOPS: OpportunitySeed[] = [
  safer("Writing Your Child Protection Policy", "Safer organisations", "half_day", "Write or update your organisation's child protection policy using the NSCP template.", true),
  safer("Safer Recruitment for Community Groups", "Safer recruitment", "half_day", "Recruit staff and volunteers safely, proportionately and within the law.", false),
  safer("The Designated Safeguarding Lead in a Community Group", "Safer organisations", "half_day", "What the designated safeguarding lead role involves in a small organisation.", true),
  safer("A Code of Conduct for Staff and Volunteers", "Safer organisations", "short", "Agree and use a code of conduct that everyone understands.", false),
  safer("Online Safety for Clubs and Groups", "Online safety", "short", "Keep children safe when your group uses messaging, social media or online sessions.", true),
  safer("Whistleblowing and Raising Concerns", "Safer organisations", "short", "Build a culture where staff and volunteers can raise concerns and are protected.", false),
  safer("Managing Allegations in Voluntary Settings", "Managing allegations", "half_day", "What to do when an allegation is made against a member of staff or a volunteer.", true),
  safer("Photography, Images and Social Media", "Safer organisations", "short", "Consent, storage and safe use of images of children.", false),
  safer("Lone Working with Children", "Safer organisations", "short", "Plan one-to-one work and transport so children and adults are safe.", true),
  safer("Recording and Reporting Concerns", "Safer organisations", "short", "Record concerns clearly and report them to the right place.", false),
  safer("DBS Checks and Eligibility", "Safer recruitment", "short", "Which roles are eligible for which DBS checks and how to handle the results.", true),
  safer("Safeguarding in Sport", "Safer organisations", "half_day", "Safeguarding for coaches, welfare officers and committees of sports clubs.", false),
  safer("Safeguarding in Faith Settings", "Safer organisations", "half_day", "Safeguarding for faith groups, youth leaders and volunteers in places of worship.", true),
  safer("Trips, Residentials and Events", "Safer organisations", "short", "Plan trips, residentials and public events with safeguarding built in.", false),
  safer("Safeguarding for Trustees", "Safer organisations", "short", "The safeguarding responsibilities of trustees and committee members.", true),
  safer("Annual Policy Review Clinic", "Safer organisations", "short", "Bring your policies and review them against the latest NSCP templates.", false),
];

export const ALL_OPPORTUNITIES: OpportunitySeed[] = [
  ...COURSES,
  ...E_LEARNING,
  ...WEBINARS,
  ...BRIEFINGS,
  ...BEST_PRACTICE_EVENTS,
  ...CONFERENCES,
  ...SAFER_WORKSHOPS,
];

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
