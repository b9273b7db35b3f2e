package store

// Tables is the schema shared by every dialect, with {{SEQ}} standing for
// the engine's auto-increment key and {{REAL}} for its floating type.
const Tables = `
CREATE TABLE documents (
	seq {{SEQ}},
	id TEXT NOT NULL UNIQUE,
	url TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT,
	text TEXT NOT NULL,
	source TEXT, analyzer TEXT, ingested_at TEXT,
	record TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE TABLE speakers (
	id {{SEQ}},
	skey TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	type TEXT,
	last_name TEXT
);
CREATE INDEX speakers_last ON speakers (last_name);
CREATE TABLE speaker_roles (speaker_id BIGINT NOT NULL, doc_seq BIGINT NOT NULL, role TEXT NOT NULL, published TEXT, speaker_key TEXT, speaker_type TEXT);
CREATE INDEX speaker_roles_speaker ON speaker_roles (speaker_id);
CREATE INDEX speaker_roles_doc ON speaker_roles (doc_seq);
CREATE TABLE quotes (
	doc_seq BIGINT NOT NULL, qid TEXT NOT NULL, speaker_id BIGINT,
	kind TEXT, text TEXT, cue TEXT, cue_lemma TEXT, published TEXT, outlet TEXT,
	start_at INTEGER, end_at INTEGER, speaker_key TEXT, speaker_type TEXT,
	PRIMARY KEY (doc_seq, qid)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id, published, doc_seq);
CREATE INDEX quotes_published ON quotes (published);
CREATE TABLE claims (
	seq {{SEQ}},
	doc_seq BIGINT NOT NULL, cid TEXT NOT NULL, qid TEXT, speaker_id BIGINT,
	subject TEXT, predicate TEXT, object TEXT, polarity TEXT, hedged INTEGER, topic TEXT, subject_term TEXT,
	value {{REAL}}, unit TEXT, qualifier TEXT, published TEXT, outlet TEXT, speaker_key TEXT, speaker_type TEXT
);
CREATE INDEX claims_doc ON claims (doc_seq);
CREATE INDEX claims_speaker ON claims (speaker_id);
CREATE INDEX claims_subject ON claims (subject_term, polarity, seq);
CREATE INDEX claims_topic ON claims (topic, seq) WHERE value IS NOT NULL;
CREATE TABLE contradictions (a_claim BIGINT NOT NULL, b_claim BIGINT NOT NULL, a_speaker BIGINT, b_speaker BIGINT, topic TEXT, why TEXT, PRIMARY KEY (a_claim, b_claim));
CREATE INDEX contradictions_b ON contradictions (b_claim);
CREATE INDEX contradictions_a_speaker ON contradictions (a_speaker, b_claim);
CREATE INDEX contradictions_b_speaker ON contradictions (b_speaker, b_claim);
CREATE TABLE quantities (
	doc_seq BIGINT NOT NULL, value {{REAL}}, unit TEXT, about TEXT, qualifier TEXT, text TEXT, qkey TEXT, published TEXT, outlet TEXT
);
CREATE INDEX quantities_key ON quantities (qkey);
CREATE INDEX quantities_doc ON quantities (doc_seq);
`
