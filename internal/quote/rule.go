package quote

// Rule names the decision that credited a quote to its source, so that the
// record and `analyze --explain` can say why ("pronoun: she -> Alina
// Romanowski").
type Rule string

// The speaker rules.
const (
	// RuleName: the subject of the reporting verb names the speaker.
	RuleName Rule = "name"
	// RuleRole: a role ("the US envoy to Iraq", "the chancellor") and its holder in this article.
	RuleRole Rule = "role"
	// RuleNewName: a capitalized head the recognizer did not know ("Kelly said").
	RuleNewName Rule = "new-name"
	// RuleOutletReport: an outlet's own report speaks for it ("A Daily
	// Velmoor report claimed").
	RuleOutletReport Rule = "outlet-report"
	// RuleJoint: two names joined by "and" speak together ("The
	// Conservatives and Lib Dems insisted").
	RuleJoint Rule = "joint"
	// RulePronoun: a pronoun, resolved to the subject of the nearest sentence that names a fitting referent.
	RulePronoun Rule = "pronoun"
	// RuleRelative: "X, who ... said": the relative's antecedent.
	RuleRelative Rule = "relative"
	// RuleDefinite: "the company", "the bank": the body of that kind or head named before.
	RuleDefinite Rule = "definite"
	// RuleDescribed: an unnamed source the text describes ("a Treasury spokesman").
	RuleDescribed Rule = "described"
	// RuleVague: an unnamed source of the vague kind ("officials", "several reports").
	RuleVague Rule = "vague"
	// RuleSpokesperson: "a spokesman for X" speaks for X.
	RuleSpokesperson Rule = "spokesperson"
	// RuleRoleOnly: a referent the text gives only by a role or as a people, so unnamed.
	RuleRoleOnly Rule = "role-only"
	// RuleAgentless: a passive report of saying with no agent ("is said
	// to be", "it was reported that"): hearsay credited to no one.
	RuleAgentless Rule = "agentless"
	// RuleUnresolved: a pronoun or first person with no referent in the text.
	RuleUnresolved Rule = "unresolved"
	// RuleNoSourceNoun: the subject holds no noun that can speak; no source.
	RuleNoSourceNoun Rule = "no-source-noun"
	// RuleContinues: a quotation that goes on the last speaker's.
	RuleContinues Rule = "continues"
	// RuleEmbedded: an embedded social media post and the account its byline names.
	RuleEmbedded Rule = "embedded-post"
	// RuleNone: no attribution found.
	RuleNone Rule = ""
)
