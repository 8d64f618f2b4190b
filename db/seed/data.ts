// Static data for the demo partnership (Norfolk). Numbers the reports must reproduce are in SEED_FACTS.
import type { ORGANISATION_TYPES } from "@/lib/membership/labels";
import type { ResourceCategory } from "@/lib/resources/labels";

export const DISTRICTS = [
  "Breckland",
  "Broadland",
  "Great Yarmouth",
  "King's Lynn and West Norfolk",
  "North Norfolk",
  "Norwich",
  "South Norfolk",
] as const;
export type District = (typeof DISTRICTS)[number];

export const PARTNERSHIP = {
  name: "Norfolk Safeguarding Children Partnership",
  shortName: "NSCP",
  helpContacts: [
    { label: "Children's Advice and Duty Service (CADS)", number: "0344 800 8020" },
    { label: "Childline", number: "0800 1111" },
    { label: "NSCP Business Unit", number: "01603 223409" },
  ],
  districts: [...DISTRICTS] as string[],
  reportingYearStartMonth: 7,
};

/** Facts from the partnership's 2021–22 annual report that the seed reproduces exactly. */
export const SEED_FACTS = {
  /** Reporting year, London dates inclusive: 1 July 2021 00:00 to 30 June 2022 23:59 Europe/London. */
  reportingYear: { start: "2021-07-01", end: "2022-06-30" },
  /** Opportunities with at least one session starting in the reporting year. */
  opportunities: 131,
  /** Opportunities of type "course" with multiAgency true. */
  multiAgencyCourses: 35,
  /** Bookings with status "confirmed" on the 35 courses' sessions starting in the reporting year. */
  signUps: 559,
  /** Of those, attendance "no_show". */
  noShows: 114,
  /** Safer members on the last day of the reporting year (2022-06-30) ... */
  saferMembers: 581,
  /** ... and on the last day of the year before (2021-06-30). */
  saferMembersYearBefore: 492,
} as const;

/**
 * The Safer membership rule the seed satisfies: an organisation counts as a member on date D (YYYY-MM-DD)
 * iff it has a membership row with status in ('active','lapsed') and startsOn <= D < endsOn.
 * Periods are [startsOn, endsOn), one row per 12-month period.
 */
export function isMemberOn(
  rows: readonly { status: string; startsOn: string | null; endsOn: string | null }[],
  day: string,
): boolean {
  return rows.some(
    (r) =>
      (r.status === "active" || r.status === "lapsed") &&
      r.startsOn !== null &&
      r.endsOn !== null &&
      r.startsOn <= day &&
      day < r.endsOn,
  );
}

/** SQL form of the same rule, for reports: members on :day. */
export const MEMBER_ON_DATE_SQL =
  "select count(distinct organisation_id) from membership where status in ('active','lapsed') and starts_on <= $1::date and $1::date < ends_on";

// ---------- demo users ----------
export const NSCP_BUSINESS_UNIT = "Norfolk Safeguarding Children Partnership Business Unit";
export const CHILDRENS_SERVICES = "Norfolk County Council Children's Services";
export const SAFER_DEMO_ORGANISATION = "Norwich Riverside Youth Club";

export type DemoRole = "learner" | "trainer" | "admin" | "safer_contact";

export const DEMO_USERS = [
  {
    email: "admin@example.org",
    name: "Alex Morgan",
    roles: ["admin", "learner"] as DemoRole[],
    role: "Business unit administrator: catalogue, sessions, policies, Safer memberships, reports",
    jobTitle: "Training and Development Manager",
    agency: NSCP_BUSINESS_UNIT,
    lineManagerEmail: null as string | null,
  },
  {
    email: "trainer@example.org",
    name: "Sam Taylor",
    roles: ["trainer", "learner"] as DemoRole[],
    role: "Trainer: takes registers, shows check-in codes; trains today's session and one in two days",
    jobTitle: "Multi-agency Safeguarding Trainer",
    agency: NSCP_BUSINESS_UNIT,
    lineManagerEmail: "admin@example.org" as string | null,
  },
  {
    email: "learner@example.org",
    name: "Jordan Lee",
    roles: ["learner"] as DemoRole[],
    role: "Learner (social worker): one past course with certificate, one no-show in the last 12 months, no upcoming bookings",
    jobTitle: "Social Worker",
    agency: CHILDRENS_SERVICES,
    lineManagerEmail: "manager@example.org" as string | null,
  },
  {
    email: "manager@example.org",
    name: "Priya Shah",
    roles: ["learner"] as DemoRole[],
    role: "Line manager of learner@example.org (approves bookings, co-signs impact follow-ups)",
    jobTitle: "Team Manager",
    agency: CHILDRENS_SERVICES,
    lineManagerEmail: null as string | null,
  },
  {
    email: "colleague@example.org",
    name: "Chris Walker",
    roles: ["learner"] as DemoRole[],
    role: "Colleague of learner@example.org in the same agency (can be sent as a substitute)",
    jobTitle: "Senior Social Worker",
    agency: CHILDRENS_SERVICES,
    lineManagerEmail: "manager@example.org" as string | null,
  },
  {
    email: "safer@example.org",
    name: "Morgan Ellis",
    roles: ["safer_contact", "learner"] as DemoRole[],
    role: `Safer contact (lead) for ${SAFER_DEMO_ORGANISATION}: active membership due for renewal, policy downloads with newer versions available`,
    jobTitle: "Designated Safeguarding Lead",
    agency: null as string | null,
    lineManagerEmail: null as string | null,
  },
] as const;

/** Four more trainers besides trainer@example.org. */
export const EXTRA_TRAINERS = [
  { name: "Helen Brooks", jobTitle: "Senior Training Officer", agencySlug: "nscp" },
  { name: "Rachel Green", jobTitle: "Named Nurse for Safeguarding Children", agencySlug: "nnuh" },
  { name: "Mark Fuller", jobTitle: "Detective Sergeant, Safeguarding Training", agencySlug: "norfolk-police" },
  { name: "Angela Okafor", jobTitle: "Practice Consultant", agencySlug: "ncc-childrens-services" },
] as const;

// ---------- agencies ----------
export type Sector =
  | "childrens_services"
  | "police"
  | "health"
  | "education"
  | "early_years"
  | "voluntary"
  | "probation"
  | "housing"
  | "district_council"
  | "other";

export type AgencySeed = {
  name: string;
  slug: string;
  sector: Sector;
  district: District;
  /** Historic learners working there. */
  people: number;
  /** Relative likelihood that one of its people books a course. */
  activity?: number;
  /** Relative likelihood that one of its bookings is a no-show (a couple are notably high). */
  noShow?: number;
  titles?: string[];
  managerTitles?: string[];
};

export const AGENCIES: AgencySeed[] = [
  // children's services
  { name: NSCP_BUSINESS_UNIT, slug: "nscp", sector: "childrens_services", district: "Norwich", people: 3, activity: 0.6,
    titles: ["Business Support Officer", "Quality Assurance Officer"], managerTitles: ["Business Unit Manager"] },
  { name: CHILDRENS_SERVICES, slug: "ncc-childrens-services", sector: "childrens_services", district: "Norwich", people: 96, activity: 1.3 },
  { name: "Norfolk County Council Family Hubs and Early Help", slug: "ncc-early-help", sector: "childrens_services", district: "Great Yarmouth", people: 22, activity: 1.2,
    titles: ["Early Help Family Practitioner", "Family Hub Practitioner", "Family Support Worker", "Parenting Practitioner"], managerTitles: ["Early Help Team Manager"] },
  { name: "Norfolk Youth Justice Service", slug: "norfolk-yjs", sector: "childrens_services", district: "Norwich", people: 10,
    titles: ["Youth Justice Officer", "Youth Justice Practitioner", "Restorative Justice Worker"], managerTitles: ["Youth Justice Team Manager"] },
  // police
  { name: "Norfolk Constabulary", slug: "norfolk-police", sector: "police", district: "South Norfolk", people: 66, activity: 0.9 },
  { name: "British Transport Police (Norwich)", slug: "btp", sector: "police", district: "Norwich", people: 4, activity: 0.7 },
  // health
  { name: "NHS Norfolk and Waveney Integrated Care Board", slug: "nw-icb", sector: "health", district: "Norwich", people: 12,
    titles: ["Designated Nurse for Safeguarding Children", "Safeguarding Adviser", "Looked After Children Nurse", "Commissioning Manager"], managerTitles: ["Head of Safeguarding"] },
  { name: "Norfolk and Norwich University Hospitals NHS Foundation Trust", slug: "nnuh", sector: "health", district: "South Norfolk", people: 46,
    titles: ["Midwife", "Paediatric Nurse", "Emergency Department Nurse", "Paediatric Registrar", "Specialist Midwife (Safeguarding)", "Safeguarding Children Nurse"], managerTitles: ["Ward Manager", "Named Nurse for Safeguarding Children"] },
  { name: "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", slug: "qehkl", sector: "health", district: "King's Lynn and West Norfolk", people: 18,
    titles: ["Midwife", "Paediatric Nurse", "Emergency Department Nurse", "Safeguarding Children Nurse"], managerTitles: ["Matron"] },
  { name: "James Paget University Hospitals NHS Foundation Trust", slug: "jpuh", sector: "health", district: "Great Yarmouth", people: 18,
    titles: ["Midwife", "Paediatric Nurse", "Emergency Department Nurse", "Safeguarding Children Nurse"], managerTitles: ["Matron"] },
  { name: "Norfolk Community Health and Care NHS Trust", slug: "nchc", sector: "health", district: "Norwich", people: 26,
    titles: ["Community Nurse", "Children's Community Nurse", "Speech and Language Therapist", "Occupational Therapist", "Physiotherapist"], managerTitles: ["Clinical Team Leader"] },
  { name: "Norfolk and Suffolk NHS Foundation Trust", slug: "nsft", sector: "health", district: "Norwich", people: 22, noShow: 4,
    titles: ["Mental Health Practitioner", "CAMHS Clinician", "Community Psychiatric Nurse", "Clinical Psychologist", "Family Therapist"], managerTitles: ["Team Leader"] },
  { name: "East of England Ambulance Service NHS Trust", slug: "eeast", sector: "health", district: "Broadland", people: 10, activity: 0.7,
    titles: ["Paramedic", "Emergency Care Assistant", "Emergency Medical Dispatcher"], managerTitles: ["Locality Manager"] },
  { name: "East Coast Community Healthcare CIC", slug: "ecch", sector: "health", district: "Great Yarmouth", people: 10,
    titles: ["Health Visitor", "School Nurse", "Community Nurse"], managerTitles: ["Service Lead"] },
  { name: "Cambridgeshire Community Services NHS Trust (Norfolk Healthy Child Programme)", slug: "ccs-norfolk", sector: "health", district: "Norwich", people: 18, activity: 1.2,
    titles: ["Health Visitor", "School Nurse", "Community Nursery Nurse", "Family Nurse"], managerTitles: ["Locality Lead"] },
  { name: "Wymondham Medical Partnership", slug: "wymondham-medical", sector: "health", district: "South Norfolk", people: 5, activity: 0.8,
    titles: ["GP", "Practice Nurse", "Safeguarding Administrator"], managerTitles: ["Practice Manager"] },
  // education
  { name: "City of Norwich School, An Ormiston Academy", slug: "cns", sector: "education", district: "Norwich", people: 10 },
  { name: "Great Yarmouth Charter Academy", slug: "gy-charter", sector: "education", district: "Great Yarmouth", people: 10, noShow: 4 },
  { name: "King's Lynn Academy", slug: "kl-academy", sector: "education", district: "King's Lynn and West Norfolk", people: 9 },
  { name: "Cromer Academy", slug: "cromer-academy", sector: "education", district: "North Norfolk", people: 8 },
  { name: "Wymondham High Academy", slug: "wymondham-high", sector: "education", district: "South Norfolk", people: 9 },
  { name: "Thetford Academy", slug: "thetford-academy", sector: "education", district: "Breckland", people: 9 },
  { name: "Hellesdon High School", slug: "hellesdon-high", sector: "education", district: "Broadland", people: 8 },
  { name: "City College Norwich", slug: "ccn", sector: "education", district: "Norwich", people: 9,
    titles: ["Student Support Officer", "Lecturer", "Safeguarding Officer", "Learning Support Assistant"], managerTitles: ["Head of Student Services"] },
  // early years
  { name: "Little Acorns Day Nursery, Dereham", slug: "little-acorns", sector: "early_years", district: "Breckland", people: 8 },
  { name: "Rainbow Pre-School, Sprowston", slug: "rainbow-preschool", sector: "early_years", district: "Broadland", people: 7 },
  { name: "Seaside Stars Nursery, Gorleston", slug: "seaside-stars", sector: "early_years", district: "Great Yarmouth", people: 7 },
  { name: "Norfolk Childminding Network", slug: "childminding-network", sector: "early_years", district: "South Norfolk", people: 10,
    titles: ["Registered Childminder", "Childminder Assistant"], managerTitles: ["Network Coordinator"] },
  // voluntary
  { name: "Barnardo's Norfolk Services", slug: "barnardos-norfolk", sector: "voluntary", district: "Norwich", people: 11 },
  { name: "Leeway Domestic Violence and Abuse Services", slug: "leeway", sector: "voluntary", district: "Norwich", people: 10,
    titles: ["Independent Domestic Violence Adviser", "Children and Young People's Worker", "Refuge Support Worker", "Outreach Worker"], managerTitles: ["Service Manager"] },
  { name: "The Benjamin Foundation", slug: "benjamin-foundation", sector: "voluntary", district: "North Norfolk", people: 9 },
  { name: "YMCA Norfolk", slug: "ymca-norfolk", sector: "voluntary", district: "Norwich", people: 9 },
  { name: "Home-Start West Norfolk", slug: "homestart-west-norfolk", sector: "voluntary", district: "King's Lynn and West Norfolk", people: 7,
    titles: ["Family Support Coordinator", "Volunteer Coordinator", "Home Visiting Volunteer"], managerTitles: ["Scheme Manager"] },
  // probation
  { name: "Probation Service - Norfolk and Suffolk", slug: "norfolk-probation", sector: "probation", district: "Norwich", people: 15, activity: 0.8 },
  { name: "HM Prison Norwich", slug: "hmp-norwich", sector: "probation", district: "Norwich", people: 6, activity: 0.6,
    titles: ["Prison Officer", "Offender Manager", "Family Engagement Worker"], managerTitles: ["Custodial Manager"] },
  // housing
  { name: "Broadland Housing Association", slug: "broadland-housing", sector: "housing", district: "Norwich", people: 9, activity: 0.7 },
  { name: "Flagship Housing Group", slug: "flagship-housing", sector: "housing", district: "Norwich", people: 9, activity: 0.7 },
  { name: "Freebridge Community Housing", slug: "freebridge", sector: "housing", district: "King's Lynn and West Norfolk", people: 6, activity: 0.7 },
  // district councils
  { name: "Breckland Council", slug: "breckland", sector: "district_council", district: "Breckland", people: 5, activity: 0.6 },
  { name: "Broadland District Council", slug: "broadland", sector: "district_council", district: "Broadland", people: 5, activity: 0.6 },
  { name: "Great Yarmouth Borough Council", slug: "great-yarmouth", sector: "district_council", district: "Great Yarmouth", people: 6, activity: 0.6 },
  { name: "Borough Council of King's Lynn and West Norfolk", slug: "west-norfolk", sector: "district_council", district: "King's Lynn and West Norfolk", people: 5, activity: 0.6 },
  { name: "North Norfolk District Council", slug: "north-norfolk", sector: "district_council", district: "North Norfolk", people: 5, activity: 0.6 },
  { name: "Norwich City Council", slug: "norwich", sector: "district_council", district: "Norwich", people: 6, activity: 0.6 },
  { name: "South Norfolk Council", slug: "south-norfolk", sector: "district_council", district: "South Norfolk", people: 5, activity: 0.6 },
  // other
  { name: "Norfolk Fire and Rescue Service", slug: "norfolk-fire", sector: "other", district: "South Norfolk", people: 12, activity: 0.6,
    titles: ["Firefighter", "Fire Safety Officer", "Community Safety Advocate", "Crew Manager"], managerTitles: ["Watch Manager"] },
  { name: "Norfolk County Council Adult Social Services", slug: "ncc-adults", sector: "other", district: "Norwich", people: 10, activity: 0.7,
    titles: ["Adult Social Worker", "Community Care Practitioner", "Transitions Worker", "Occupational Therapist"], managerTitles: ["Team Manager"] },
  { name: "Norfolk Library and Information Service", slug: "norfolk-libraries", sector: "other", district: "Norwich", people: 5, activity: 0.5,
    titles: ["Library Assistant", "Children's Librarian", "Community Librarian"], managerTitles: ["Library Manager"] },
  { name: "Department for Work and Pensions (Norfolk Jobcentres)", slug: "dwp-norfolk", sector: "other", district: "Great Yarmouth", people: 5, activity: 0.5,
    titles: ["Work Coach", "Disability Employment Adviser", "Youth Employability Coach"], managerTitles: ["Team Leader"] },
];

export const SECTOR_TITLES: Record<Sector, { titles: string[]; managerTitles: string[] }> = {
  childrens_services: {
    titles: ["Social Worker", "Senior Social Worker", "Advanced Practitioner", "Family Support Practitioner", "Fostering Social Worker",
      "Personal Adviser (Leaving Care)", "Independent Reviewing Officer", "Child Protection Chair", "Social Work Assistant", "Newly Qualified Social Worker"],
    managerTitles: ["Team Manager", "Practice Manager", "Service Manager"],
  },
  police: {
    titles: ["Police Constable", "Detective Constable", "Police Community Support Officer", "Safeguarding Investigation Officer",
      "Missing Persons Coordinator", "Child Exploitation Officer", "Police Sergeant"],
    managerTitles: ["Detective Sergeant", "Detective Inspector"],
  },
  health: {
    titles: ["Health Visitor", "School Nurse", "Midwife", "Safeguarding Children Nurse", "Practice Nurse"],
    managerTitles: ["Safeguarding Lead"],
  },
  education: {
    titles: ["Designated Safeguarding Lead", "Deputy Designated Safeguarding Lead", "Class Teacher", "Head of Year", "Pastoral Lead",
      "Teaching Assistant", "SENCo", "Attendance Officer", "Family Support Worker"],
    managerTitles: ["Headteacher", "Deputy Headteacher"],
  },
  early_years: {
    titles: ["Nursery Practitioner", "Room Leader", "Early Years Educator", "Pre-School Assistant", "Early Years Apprentice"],
    managerTitles: ["Nursery Manager", "Deputy Manager"],
  },
  voluntary: {
    titles: ["Project Worker", "Family Support Worker", "Youth Worker", "Volunteer Coordinator", "Outreach Worker", "Children's Practitioner"],
    managerTitles: ["Service Manager", "Project Manager"],
  },
  probation: {
    titles: ["Probation Officer", "Probation Services Officer", "Victim Liaison Officer", "Court Officer"],
    managerTitles: ["Senior Probation Officer"],
  },
  housing: {
    titles: ["Housing Officer", "Tenancy Sustainment Officer", "Neighbourhood Officer", "Supported Housing Worker"],
    managerTitles: ["Housing Manager"],
  },
  district_council: {
    titles: ["Housing Options Officer", "Community Safety Officer", "Early Help Hub Coordinator", "Licensing Officer",
      "Environmental Health Officer", "Leisure Centre Duty Manager"],
    managerTitles: ["Community Services Manager"],
  },
  other: {
    titles: ["Practitioner", "Adviser", "Coordinator"],
    managerTitles: ["Manager"],
  },
};

// ---------- names ----------
export const FIRST_NAMES = [
  "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William", "James", "Henry",
  "Leo", "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander", "Joseph", "Edward", "Samuel", "Max",
  "Daniel", "Arthur", "Lucas", "Mohammed", "Logan", "Theo", "Harrison", "Benjamin", "Mason", "Sebastian", "Finley",
  "Adam", "Dylan", "Zachary", "Riley", "Matthew", "David", "Andrew", "Michael", "Paul", "Mark", "Richard", "Stephen",
  "Simon", "Gareth", "Rhys", "Tomasz", "Kwame", "Ravi", "Declan",
  "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie", "Isabella",
  "Sophie", "Ivy", "Freya", "Harper", "Willow", "Charlotte", "Jessica", "Daisy", "Florence", "Phoebe", "Scarlett",
  "Chloe", "Sienna", "Alice", "Ruby", "Lucy", "Hannah", "Rebecca", "Sarah", "Laura", "Emma", "Claire", "Rachel",
  "Nicola", "Joanne", "Kerry", "Gemma", "Natalie", "Amy", "Katie", "Lauren", "Jade", "Zoe", "Helen", "Karen",
  "Julie", "Louise", "Fiona", "Siobhan", "Aisha", "Priya", "Amira", "Agnieszka", "Chioma", "Megan", "Bethan",
];

export const SURNAMES = [
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
  "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
  "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
  "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
  "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins",
  "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams",
  "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt",
  "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler",
  "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
  "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne",
  "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill",
  "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong",
  "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Kowalski", "Nowak", "Okafor", "Mensah",
  "Gedge", "Howlett", "Thrower", "Balls", "Loveday", "Blyth", "Cushion", "Mutimer",
];

// ---------- venues ----------
export type Venue = { name: string; address: string; district: District };

export const VENUES: Venue[] = [
  { name: "County Hall", address: "County Hall, Martineau Lane, Norwich NR1 2DH", district: "Norwich" },
  { name: "The Forum", address: "The Forum, Millennium Plain, Norwich NR2 1TF", district: "Norwich" },
  { name: "Carrow House", address: "Carrow House, 301 King Street, Norwich NR1 2TN", district: "Norwich" },
  { name: "The King's Centre", address: "The King's Centre, 63-65 King Street, Norwich NR1 1PH", district: "Norwich" },
  { name: "The Horizon Centre", address: "The Horizon Centre, Peachman Way, Broadland Business Park, Norwich NR7 0WF", district: "Broadland" },
  { name: "Aylsham Town Hall", address: "Aylsham Town Hall, Market Place, Aylsham NR11 6EL", district: "Broadland" },
  { name: "The Priory Centre", address: "The Priory Centre, Priory Plain, Great Yarmouth NR30 1NW", district: "Great Yarmouth" },
  { name: "Greyfriars House", address: "Greyfriars House, Greyfriars Way, Great Yarmouth NR30 2QE", district: "Great Yarmouth" },
  { name: "King's Lynn Town Hall", address: "King's Lynn Town Hall, Saturday Market Place, King's Lynn PE30 5DQ", district: "King's Lynn and West Norfolk" },
  { name: "Kett's Meeting Rooms, Lynnsport", address: "Lynnsport, Greenpark Avenue, King's Lynn PE30 2NB", district: "King's Lynn and West Norfolk" },
  { name: "North Norfolk District Council Offices", address: "Council Offices, Holt Road, Cromer NR27 9EN", district: "North Norfolk" },
  { name: "Fakenham Community Centre", address: "Fakenham Community Centre, Oak Street, Fakenham NR21 9DY", district: "North Norfolk" },
  { name: "Wymondham Central Hall", address: "Central Hall, Back Lane, Wymondham NR18 0QB", district: "South Norfolk" },
  { name: "Diss Corn Hall", address: "Diss Corn Hall, St Nicholas Street, Diss IP22 4LB", district: "South Norfolk" },
  { name: "Dereham Memorial Hall", address: "Dereham Memorial Hall, 19 High Street, Dereham NR19 1DZ", district: "Breckland" },
  { name: "Breckland House", address: "Breckland House, St Nicholas Street, Thetford IP24 1BT", district: "Breckland" },
];

export const CONFERENCE_VENUE: Venue = {
  name: "Norfolk Showground Arena",
  address: "Norfolk Showground, Dereham Road, Costessey, Norwich NR5 0TT",
  district: "South Norfolk",
};

// ---------- Safer organisations ----------
/** The seeded organisations' types: every type an applicant can choose except "Other". */
export type SeedOrgType = Exclude<(typeof ORGANISATION_TYPES)[number], "Other">;

export const PLACES: { name: string; district: District }[] = [
  ...["Norwich", "Lakenham", "Mile Cross", "Earlham", "Bowthorpe", "Tuckswood", "Heartsease", "Thorpe Hamlet", "Eaton", "West Earlham"].map(
    (name) => ({ name, district: "Norwich" as District }),
  ),
  ...["Aylsham", "Acle", "Reepham", "Sprowston", "Hellesdon", "Drayton", "Taverham", "Thorpe St Andrew", "Wroxham", "Old Catton",
    "Brundall", "Blofield", "Horsford", "Coltishall"].map((name) => ({ name, district: "Broadland" as District })),
  ...["Great Yarmouth", "Gorleston", "Caister-on-Sea", "Bradwell", "Martham", "Hemsby", "Belton", "Ormesby"].map((name) => ({
    name,
    district: "Great Yarmouth" as District,
  })),
  ...["King's Lynn", "Downham Market", "Hunstanton", "Terrington St Clement", "Heacham", "Dersingham", "Gaywood", "West Winch",
    "Snettisham", "Clenchwarton"].map((name) => ({ name, district: "King's Lynn and West Norfolk" as District })),
  ...["Cromer", "Sheringham", "North Walsham", "Fakenham", "Holt", "Wells-next-the-Sea", "Stalham", "Mundesley", "Briston", "Hoveton"].map(
    (name) => ({ name, district: "North Norfolk" as District }),
  ),
  ...["Wymondham", "Diss", "Harleston", "Loddon", "Hingham", "Long Stratton", "Poringland", "Costessey", "Hethersett", "Cringleford",
    "Mulbarton"].map((name) => ({ name, district: "South Norfolk" as District })),
  ...["Thetford", "Dereham", "Swaffham", "Attleborough", "Watton", "Mattishall", "Shipdham", "Necton", "Narborough", "Ashill"].map(
    (name) => ({ name, district: "Breckland" as District }),
  ),
];

const SAINTS = ["Andrew", "Mary", "Peter", "Nicholas", "Margaret", "Michael", "John", "Edmund", "Botolph", "Faith", "Helen", "Luke"];

/** Organisation name patterns by type; {p} is the place, {n} a group number, {s} a saint. */
export const ORG_PATTERNS: { orgType: SeedOrgType; pattern: string }[] = [
  { orgType: "Uniformed group", pattern: "{n} {p} Scout Group" },
  { orgType: "Uniformed group", pattern: "{n} {p} Brownies" },
  { orgType: "Uniformed group", pattern: "{n} {p} Guides" },
  { orgType: "Uniformed group", pattern: "{p} Sea Cadets" },
  { orgType: "Uniformed group", pattern: "{p} Air Cadets" },
  { orgType: "Uniformed group", pattern: "{n} {p} Boys' Brigade" },
  { orgType: "Sports club", pattern: "{p} Town Youth Football Club" },
  { orgType: "Sports club", pattern: "{p} Swimming Club" },
  { orgType: "Sports club", pattern: "{p} Cricket Club Juniors" },
  { orgType: "Sports club", pattern: "{p} Gymnastics Club" },
  { orgType: "Sports club", pattern: "{p} Rugby Club Minis and Juniors" },
  { orgType: "Sports club", pattern: "{p} Tennis Club" },
  { orgType: "Sports club", pattern: "{p} Judo Club" },
  { orgType: "Sports club", pattern: "{p} Netball Club" },
  { orgType: "Sports club", pattern: "{p} Athletics Club" },
  { orgType: "Faith group", pattern: "St {s}'s Church, {p}" },
  { orgType: "Faith group", pattern: "{p} Methodist Church" },
  { orgType: "Faith group", pattern: "{p} Baptist Church" },
  { orgType: "Faith group", pattern: "{p} Community Church" },
  { orgType: "Faith group", pattern: "{p} Quaker Meeting" },
  { orgType: "Arts group", pattern: "{p} Youth Theatre" },
  { orgType: "Arts group", pattern: "{p} Community Choir" },
  { orgType: "Arts group", pattern: "{p} School of Dance" },
  { orgType: "Arts group", pattern: "{p} Young Musicians" },
  { orgType: "Arts group", pattern: "{p} Arts Collective" },
  { orgType: "Voluntary or community group", pattern: "{p} Youth Project" },
  { orgType: "Voluntary or community group", pattern: "{p} Community Centre" },
  { orgType: "Voluntary or community group", pattern: "{p} Food Bank" },
  { orgType: "Voluntary or community group", pattern: "{p} Parents' Network" },
  { orgType: "Voluntary or community group", pattern: "{p} Young Carers Group" },
  { orgType: "Voluntary or community group", pattern: "{p} Toy Library" },
  { orgType: "Voluntary or community group", pattern: "{p} Youth Club" },
  { orgType: "Small provider", pattern: "{p} Holiday Club" },
  { orgType: "Small provider", pattern: "{p} Tutoring Centre" },
  { orgType: "Small provider", pattern: "{p} Forest School" },
  { orgType: "Small provider", pattern: "{p} Out of School Club" },
  { orgType: "Small provider", pattern: "{p} Riding School" },
  { orgType: "Small provider", pattern: "{p} Outdoor Adventure Centre" },
];

export function fillOrgPattern(pattern: string, place: string, n: number, saintIndex: number): string {
  const ordinal = n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
  return pattern.replace("{p}", place).replace("{n}", ordinal).replace("{s}", SAINTS[saintIndex % SAINTS.length]);
}

export const SIZE_BAND_WEIGHTS: [string, number][] = [
  ["Up to 10", 45],
  ["11 to 50", 35],
  ["51 to 250", 15],
  ["Over 250", 5],
];

export const CONTACT_TITLES = ["Designated Safeguarding Lead", "Safeguarding Lead", "Chair of Trustees", "Club Welfare Officer",
  "Group Leader", "Manager", "Secretary"];

// ---------- policy library ----------
export type ResourceSeed = {
  slug: string;
  title: string;
  category: ResourceCategory;
  description: string;
  fileStem: string;
  lines: string[];
  versions: { version: number; publishedAt: string; changeSummary: string }[];
};

export const RESOURCES: ResourceSeed[] = [
  {
    slug: "child-protection-policy",
    title: "Child protection policy template",
    category: "Policies",
    description: "A template child protection policy for voluntary and community organisations, ready to adapt with your own contacts.",
    fileStem: "child-protection-policy",
    lines: [
      "1. Purpose: this policy sets out how [organisation] keeps children and young people safe.",
      "2. Our designated safeguarding lead is [name], contactable on [number].",
      "3. If a child is in immediate danger, call 999. Otherwise contact CADS on 0344 800 8020.",
      "4. All staff and volunteers complete safeguarding training every three years.",
      "5. This policy is reviewed every year by the trustees or committee.",
    ],
    versions: [
      { version: 1, publishedAt: "2021-05-10", changeSummary: "First published template." },
      { version: 2, publishedAt: "2022-09-05", changeSummary: "Updated CADS contact details and added a section on online safety." },
      { version: 3, publishedAt: "2024-10-01", changeSummary: "Aligned with Working Together to Safeguard Children 2023 and added contextual safeguarding." },
    ],
  },
  {
    slug: "safer-recruitment",
    title: "Safer recruitment policy and checklist",
    category: "Recruitment",
    description: "How to recruit staff and volunteers safely, with a step-by-step checklist from advert to induction.",
    fileStem: "safer-recruitment",
    lines: [
      "1. Every role description states the organisation's commitment to safeguarding.",
      "2. At least one member of each interview panel has completed safer recruitment training.",
      "3. Two references are taken up before appointment; gaps in employment are explored.",
      "4. DBS checks are carried out at the level the role is eligible for.",
      "5. New starters complete an induction that includes this policy and the code of conduct.",
    ],
    versions: [
      { version: 1, publishedAt: "2021-09-01", changeSummary: "First published template." },
      { version: 2, publishedAt: "2025-02-03", changeSummary: "New checklist for online checks and updated DBS eligibility guidance." },
    ],
  },
  {
    slug: "code-of-conduct",
    title: "Code of conduct for staff and volunteers",
    category: "Conduct",
    description: "Expected behaviour for everyone who works or volunteers with children, including communication and physical contact.",
    fileStem: "code-of-conduct",
    lines: [
      "1. Treat every child with respect and dignity.",
      "2. Avoid being alone with a child where you cannot be seen by others.",
      "3. Do not contact children through personal social media accounts.",
      "4. Report any concern about a colleague's behaviour to the designated safeguarding lead.",
    ],
    versions: [
      { version: 1, publishedAt: "2021-06-15", changeSummary: "First published template." },
      { version: 2, publishedAt: "2023-03-20", changeSummary: "Added guidance on messaging apps and gifts." },
    ],
  },
  {
    slug: "online-safety",
    title: "Online safety policy template",
    category: "Policies",
    description: "A template online safety policy covering devices, social media, live streaming and responding to online harm.",
    fileStem: "online-safety-policy",
    lines: [
      "1. We use organisational accounts, never personal ones, to communicate with children and parents.",
      "2. Parental consent is obtained before any child takes part in online sessions.",
      "3. Incidents of online harm are recorded and reported to the designated safeguarding lead.",
      "4. Nude or semi-nude images are never viewed, copied or forwarded.",
    ],
    versions: [
      { version: 1, publishedAt: "2022-01-17", changeSummary: "First published template." },
      { version: 2, publishedAt: "2023-09-11", changeSummary: "Added sextortion and live-streaming guidance." },
      { version: 3, publishedAt: "2025-09-08", changeSummary: "Updated for the Online Safety Act and new reporting routes." },
    ],
  },
  {
    slug: "whistleblowing",
    title: "Whistleblowing policy template",
    category: "Policies",
    description: "How staff and volunteers can raise concerns about practice in the organisation, and how they are protected.",
    fileStem: "whistleblowing-policy",
    lines: [
      "1. Anyone can raise a concern about poor or unsafe practice without fear of reprisal.",
      "2. Concerns are raised first with the designated safeguarding lead or a trustee.",
      "3. If you are not satisfied, contact the NSPCC Whistleblowing Advice Line on 0800 028 0285.",
    ],
    versions: [{ version: 1, publishedAt: "2021-11-01", changeSummary: "First published template." }],
  },
  {
    slug: "managing-allegations",
    title: "Managing allegations against staff and volunteers",
    category: "Procedures",
    description: "What to do when an allegation is made against someone who works with children, including contacting the LADO.",
    fileStem: "managing-allegations",
    lines: [
      "1. Take the allegation seriously; do not investigate it yourself.",
      "2. Contact the Local Authority Designated Officer (LADO) within one working day.",
      "3. Keep a clear, dated record of what was said and what was done.",
      "4. Agree with the LADO what the person and the child's family will be told.",
    ],
    versions: [
      { version: 1, publishedAt: "2021-08-02", changeSummary: "First published template." },
      { version: 2, publishedAt: "2024-05-13", changeSummary: "Updated LADO referral form and contact details." },
    ],
  },
  {
    slug: "photography-and-images",
    title: "Photography and images policy",
    category: "Policies",
    description: "Consent, storage and use of photographs and video of children at activities and events.",
    fileStem: "photography-and-images-policy",
    lines: [
      "1. Written consent is obtained from a parent or carer before any photograph is taken.",
      "2. Images never include a child's full name or location.",
      "3. Images are stored on organisational devices only and deleted when no longer needed.",
    ],
    versions: [{ version: 1, publishedAt: "2022-03-07", changeSummary: "First published template." }],
  },
  {
    slug: "lone-working",
    title: "Lone working with children and young people",
    category: "Procedures",
    description: "Guidance for situations where staff or volunteers work alone with children, including transport and one-to-one sessions.",
    fileStem: "lone-working",
    lines: [
      "1. One-to-one work is planned, recorded and agreed with a parent or carer.",
      "2. Sessions take place in visible spaces where possible.",
      "3. A colleague always knows where the session is and when it will end.",
    ],
    versions: [
      { version: 1, publishedAt: "2022-05-16", changeSummary: "First published template." },
      { version: 2, publishedAt: "2026-01-12", changeSummary: "Added guidance on transport and online one-to-one sessions." },
    ],
  },
];

export const REVIEW_NOTES = [
  "Reviewed by the committee and adopted with our own contact details.",
  "Trustees reviewed and signed off at the AGM.",
  "Compared with our existing policy; updated the reporting section.",
  "Reviewed with the welfare officer; no changes needed.",
  "Adopted the template in full and shared with all volunteers.",
];

// ---------- evaluations, charges ----------
export const IMPACT_THEMES: { theme: string; changes: string[]; examples: string[] }[] = [
  {
    theme: "Better information sharing",
    changes: [
      "I now share concerns with the health visitor and school straight away instead of waiting for the next meeting.",
      "I check who else is involved with a family at the start and agree how we will keep each other updated.",
    ],
    examples: [
      "When a child's attendance dropped I phoned the school nurse the same day and we agreed a joint visit.",
      "I used the information sharing flowchart to share a concern with housing, which led to a quicker response.",
    ],
  },
  {
    theme: "Earlier referrals",
    changes: [
      "I refer to CADS sooner and include the child's own words and the history of concerns.",
      "I use the threshold guide to check my thinking and make referrals without waiting for more evidence.",
    ],
    examples: [
      "I made a referral about a family where the concerns had been building for months; it was accepted for assessment.",
      "A referral I made with a clear chronology was picked up by early help within a week.",
    ],
  },
  {
    theme: "Use of Graded Care Profile 2",
    changes: [
      "I have started using the Graded Care Profile 2 with families where I am worried about neglect.",
      "I now include GCP2 scores in my referrals and reviews so progress can be measured.",
    ],
    examples: [
      "Completing the GCP2 with a mum helped her see what needed to change with her children's bedtimes and school readiness.",
      "Using the GCP2 at a review showed clear improvement in the care of a baby, which everyone could agree on.",
    ],
  },
  {
    theme: "Voice of the child",
    changes: [
      "I spend time with children on their own and record what they say in their words.",
      "I use direct work tools such as the three houses to understand the child's day-to-day life.",
    ],
    examples: [
      "A nine-year-old told me during a drawing activity what mornings were like at home, which changed our plan.",
      "I included a young person's own views in the conference report, and the chair read them out first.",
    ],
  },
  {
    theme: "Working with fathers",
    changes: [
      "I ask about fathers and male carers at the first contact and record their details.",
      "I invite dads to meetings and arrange times they can attend.",
    ],
    examples: [
      "I involved a father who had not been seen by any service; he became a key part of the safety plan.",
      "By visiting in the evening I met the mother's partner and was able to assess the risk he posed.",
    ],
  },
];

export const GENERIC_LEARNED = [
  "Hearing how other agencies work and what their thresholds are was really useful.",
  "The case studies made me think differently about what I see on home visits.",
  "I have a clearer idea of who to contact and when.",
  "I feel more confident challenging other professionals when I disagree.",
  "Practical tools I can use with families straight away.",
];

export const WAIVER_REASONS = [
  "Called in to an urgent child protection strategy meeting",
  "Sickness on the day, evidenced by the line manager",
  "Family emergency",
  "Attending court as a witness at short notice",
  "Severe weather: roads to the venue closed",
  "Joining link did not work; the learner tried to join and contacted the business unit",
];

export const PARTIAL_NOTES = [
  "Arrived late, missed the first session",
  "Left at lunchtime for a home visit",
  "Left early for a strategy meeting",
  "Arrived after 11am because of a court hearing",
];
