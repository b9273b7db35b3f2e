package quote_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// Each case is a short text we wrote, the quote content expected (a
// substring of the quote found), its kind, its speaker's canonical name
// ("" for unnamed) and its cue.
var cases = []struct {
	name, text, content, kind, speaker, cue string
}{
	{"after, name first", `“The harbor is safe,” Dana Whitfield said.`, "The harbor is safe", "direct", "Dana Whitfield", "said"},
	{"after, verb first", `"The harbor is safe," said Dana Whitfield, who runs the port.`, "The harbor is safe", "direct", "Dana Whitfield", "said"},
	{"before, colon", `Dana Whitfield told reporters: “The harbor is safe.”`, "The harbor is safe", "direct", "Dana Whitfield", "told"},
	{"split around the cue", `"The harbor," Whitfield said, "is safe."`, "The harbor", "direct", "Whitfield", "said"},
	{"pronoun", "Dana Whitfield spoke on Monday.\n“The harbor is safe,” she said.", "The harbor is safe", "direct", "Dana Whitfield", "said"},
	{"appositive", `"We found cracks," Marcus Oyelaran, the chief engineer, said.`, "We found cracks", "direct", "Marcus Oyelaran", "said"},
	{"title and name", `“We found cracks,” said Mayor Ruth Adeyemi.`, "We found cracks", "direct", "Ruth Adeyemi", "said"},
	{"role description", "Mayor Ruth Adeyemi opened the bridge.\nThe mayor said that the bridge would reopen in May.", "the bridge would reopen", "indirect", "Ruth Adeyemi", "said"},
	{"multi-paragraph", "“The first thing we saw was water in the basement.\n“Then the wall moved,” Oyelaran said.", "The first thing we saw", "direct", "Oyelaran", "said"},
	{"previous sentence speaker", "Marcus Oyelaran was blunt about it:\n“The wall will fail within a year if nothing is done about it.”", "The wall will fail", "direct", "Marcus Oyelaran", ""},
	{"mixed", `Oyelaran said the wall was "not safe for anyone" and should close.`, "not safe for anyone", "mixed", "Oyelaran", "said"},
	{"adding that", `“We are ready,” Whitfield said, adding that the harbor “has never been stronger.”`, "has never been stronger", "mixed", "Whitfield", "adding"},
	{"claimed that", "Dana Whitfield claimed on Tuesday that the wall passed every test.", "the wall passed every test", "indirect", "Dana Whitfield", "claimed"},
	{"who emphasized", "The report contradicts Dana Whitfield, who has emphasized that the wall is safe.", "the wall is safe", "indirect", "Dana Whitfield", "emphasized"},
	{"possessive claims", "Whitfield’s claims that the wall is safe were disputed.", "the wall is safe", "indirect", "Whitfield", "claims"},
	{"according to", "According to Marcus Oyelaran, the cracks have grown since January.", "the cracks have grown", "indirect", "Marcus Oyelaran", "According to"},
	{"accused of", "The Harbor Workers Union accused the authority of hiding the report.", "of hiding the report", "indirect", "Harbor Workers Union", "accused"},
	{"inverted indirect", "The wall will hold through the winter, Whitfield said.", "The wall will hold", "indirect", "Whitfield", "said"},
	{"unnamed reports", "Several reports suggest that the wall was never inspected.", "the wall was never inspected", "indirect", "unnamed:Several reports", "suggest"},
	{"unnamed officials", "Officials said the harbor would stay closed.", "the harbor would stay closed", "indirect", "unnamed:Officials", "said"},
	{"content first, time after the verb", "The Senate will vote on Thursday, Majority Leader Karen Holt said Tuesday.", "The Senate will vote", "indirect", "Karen Holt", "said"},
	{"time between verb and content", "Karen Holt said on Tuesday the Senate would vote.", "the Senate would vote", "indirect", "Karen Holt", "said"},
	{"wire dateline", "NAIROBI, Kenya (AP) _ The bombs killed 80 people, police said.", "The bombs killed 80 people", "indirect", "unnamed:police", "said"},
	{"a dash that closes again is an aside, not a dateline", "KELVA -- the group that took the port last year -- took credit for the fire, saying it was revenge.", "it was revenge", "indirect", "KELVA", "saying"},
	{"wire dateline, second of two verbs", "DUNMORE (Harbor Wire) - Tavi Kellner disputed Mira Ostrand and insisted on Wednesday that the quay wall is not safe.", "the quay wall is not safe", "indirect", "Tavi Kellner", "insisted"},
	{"age and home town after the name, verb after", "Wenna Carrow, 34, from Lowerbridge, said the flood came at night.", "the flood came at night", "indirect", "Wenna Carrow", "said"},
	{"age and home town after the name, verb first", `"The flood came at night," said Wenna Carrow, 34, from Lowerbridge.`, "The flood came at night", "direct", "Wenna Carrow", "said"},
	{"home town after the name, quote before", `"The flood came at night," Wenna Carrow, of Lowerbridge, said.`, "The flood came at night", "direct", "Wenna Carrow", "said"},
	{"relative clause after the speaker", "Dana Whitfield, who runs the port, said bills would fall.", "bills would fall", "indirect", "Dana Whitfield", "said"},
	{"a body named after a place", "Water UK, which represents the companies, said bills would fall.", "bills would fall", "indirect", "Water UK", "said"},
	{"bare clause with a past verb", "Police said about 5,000 people took part.", "about 5,000 people took part", "indirect", "unnamed:Police", "said"},
	{"sources close to", "Sources close to the minister revealed that the plan was doomed.", "the plan was doomed", "indirect", "unnamed:Sources close to the minister", "revealed"},
	{"role, then the name in apposition", "The minister, Anna Berg, claimed the reform was working, while Lars Holm asserted that it had failed.", "the reform was working", "indirect", "Anna Berg", "claimed"},
	{"single quotation marks", "Dana Whitfield spoke on Monday.\n‘The players’ union is strong,’ she said.", "The players’ union is strong", "direct", "Dana Whitfield", "said"},
	{"according to after a quotation", "Dana Whitfield spoke on Monday.\n“The data are clear,” according to Marcus Oyelaran.", "The data are clear", "direct", "Marcus Oyelaran", "according to"},
	{"spokesman for someone", "“We have no plans to resign,” a spokesman for the prime minister told the BBC.", "We have no plans to resign", "direct", "unnamed:a spokesman for the prime minister", "told"},
	{"acronym at sentence start", "INSEE said growth slowed in the third quarter.", "growth slowed", "indirect", "INSEE", "said"},
	{"according to mid-clause", "Prices rose 5% according to official figures.", "Prices rose 5%", "indirect", "unnamed:official figures", "according to"},
	{"according to a report", "According to a leaked report, only a third of clinics have cold storage.", "only a third of clinics", "indirect", "unnamed:a leaked report", "According to"},
	{"title and surname, no point", "Health minister Priya Raman spoke on Monday.\nMs Raman insisted the programme is on track.", "the programme is on track", "indirect", "Priya Raman", "insisted"},
	{"contracted pronoun opens the content", "Dana Whitfield said she’ll stay in the post.", "she’ll stay in the post", "indirect", "Dana Whitfield", "said"},
	{"long relative clause after the speaker", "Dana Whitfield, who spoke on the condition that her department not be named in the report, said the wall was cracked.", "the wall was cracked", "indirect", "Dana Whitfield", "said"},
	{"parenthesis, then an appositive", "Sen. Karen Holt (D-Ore.), a member of the committee, said she backs the bill.", "she backs the bill", "indirect", "Karen Holt", "said"},
	{"attribution as an aside", "The real problem, Whitfield said, is that nobody inspected the wall.", "The real problem … is that nobody", "indirect", "Whitfield", "said"},
	{"a poll shows", "A new poll by the Harbor Institute shows Whitfield leading by ten points.", "Whitfield leading by ten points", "indirect", "Harbor Institute", "shows"},
	{"an embedded question", "A reporter asked Whitfield whether the wall would hold.", "whether the wall would hold", "indirect", "unnamed:A reporter", "asked"},
	{"role first, name in apposition, pronoun after", "Manager of the Dorbury ski centre, Lenka Pavlu, said they never send invoices.\n\nShe said: “This is nothing to do with us.”", "This is nothing to do with us", "direct", "Lenka Pavlu", "said"},
	{"possessive role, name in apposition", "Ms Varga's deputy, Tomas Keller, said the council had been cautious.", "the council had been cautious", "indirect", "Tomas Keller", "said"},
	{"partitive possessive role, name in apposition", "One of Ms Varga's deputies, Tomas Keller, told reporters the talks went on.", "the talks went on", "indirect", "Tomas Keller", "told"},
	{"places after the name", "Harbor TV correspondent Simon Quell at Postbridge on Grenmoor in the West Country said 2,000 people had turned out.", "2,000 people had turned out", "indirect", "Simon Quell", "said"},
	{"a weekday between subject and verb", "Reports Monday said that fighters are at the gates of Velmoor.", "fighters are at the gates", "indirect", "unnamed:Reports", "said"},
	{"a family name that is a month", "Party spokeswoman Karen May said the law would be repealed.", "the law would be repealed", "indirect", "Karen May", "said"},
	{"a family name that is a rank", "Karen Major said she would stay.", "she would stay", "indirect", "Karen Major", "said"},
	{"a given name before a date is no name", "The vote is on Karen May 5, officials said.", "The vote is on", "indirect", "unnamed:officials", "said"},
	{"a body's role, name in apposition", "The Velkor Tennis Association (VTA) met on Monday.\n\nVTA chief executive, Marten Olgaby, added: “The players like the coaches.”", "The players like the coaches", "direct", "Marten Olgaby", "added"},
	{"pronoun after a long quotation", "Mr Orlan Pesk continued: “My partner looked for her.\n\n“But on Monday she found an envelope. It was an invoice.\n\n“I asked the teacher. She said yes.\n\n“I then visited the head. She was sorry.\n\n“She said she would remind the staff.”\n\nHe then went to visit the mother and told her that he would not be paying the bill.", "he would not be paying the bill", "indirect", "Orlan Pesk", "told"},
	{"an honorific in the name says the gender", "Dana Whitfield met the men on Monday. Sir John Pesk was there too.\n\nShe told the paper: “The options are clear.”", "The options are clear", "direct", "Dana Whitfield", "told"},
	{"a possessor's people speak for it", "Alex Pesk missed the party.\n\nAlex's family confirmed that their son would attend the party.", "their son would attend", "indirect", "unnamed:Alex's family", "confirmed"},
	{"a possessor's agent", "Dana Whitfield's agent said she would sign the contract.", "she would sign the contract", "indirect", "unnamed:Dana Whitfield's agent", "said"},
	{"a possessor's statement is the possessor's", "Dana Whitfield's statement said the wall was safe.", "the wall was safe", "indirect", "Dana Whitfield", "said"},
	{"office letters in the plural are unnamed people", "The MPs said councils were paying for lengthy legal battles.", "councils were paying", "indirect", "unnamed:The MPs", "said"},
	{"they after a group subject", "Sentences should not be cut, says a new report.\n\nThe MPs also call for tougher sentences. They say drink should be an aggravating factor.", "drink should be an aggravating factor", "indirect", "unnamed:The MPs", "say"},
	{"he after an unnamed person introduced as the subject", "A Velkor spokesman confirmed the closure to Marten Olgaby on Monday.\n\n“There is no concern for the harbor,” he said.", "There is no concern for the harbor", "direct", "unnamed:A Velkor spokesman", "said"},
	{"a people's compound before the name", "Velkori-Canadian Gill Pesk said she was leaving.", "she was leaving", "indirect", "Gill Pesk", "said"},
	{"a nation in the plural is a group of people", "A group of Russians claimed to have filmed the creature.", "to have filmed the creature", "indirect", "unnamed:A group of Russians", "claimed"},
	{"an unnamed person before a preposition", "A Velkor military official with knowledge of the raids said the targets were vetted.", "the targets were vetted", "indirect", "unnamed:A Velkor military official with knowledge of the raids", "said"},
	{"an outlet's journalist is unnamed", "A Velkor Courier journalist said dozens of shots had been fired.", "dozens of shots had been fired", "indirect", "unnamed:A Velkor Courier journalist", "said"},
	{"with experts saying", "The talks went on, with experts saying the ceasefire may have been a mirage.", "the ceasefire may have been a mirage", "indirect", "unnamed:experts", "saying"},
	{"a participle inside an according-to clause", "According to Velkor Radio, Kurdish sources denied the reports, saying Pesk was not in the area.", "Pesk was not in the area", "indirect", "unnamed:Kurdish sources", "saying"},
	{"a word that opens sentences is no name", "Two dealers spoke on Monday. One said prices would rise.\n\nAnother said prices would fall.", "prices would fall", "indirect", "", "said"},
	{"stacked titles are one office", "General Secretary Brendan Pesk said the strike would go on.", "the strike would go on", "indirect", "Brendan Pesk", "said"},
	{"an honorific after a title stays in the name", "Police Commissioner Sir John Pesk said the men would be charged.", "the men would be charged", "indirect", "Sir John Pesk", "said"},
	{"an outlet named with News reports", "Marines must turn their rifles over, Harbor News reports.", "Marines must turn their rifles over", "indirect", "Harbor News", "reports"},
	{"inverted, the speaker with an appositive", "The order is humiliating to Marines, Pete Orlan, head of Veterans for Velkor, told Harbor News.", "The order is humiliating to Marines", "indirect", "Pete Orlan", "told"},
	{"quoted X as saying", "The Courier quoted Velkor Police as saying that multiple suspects are at large.", "multiple suspects are at large", "indirect", "Velkor Police", "saying"},
	{"was quoted as saying", "Dana Pesk was quoted as saying that the talks had failed.", "the talks had failed", "indirect", "Dana Pesk", "saying"},
	{"quoted her as saying", "Dana Pesk spoke on Monday. The paper quoted her as saying that the talks had failed.", "the talks had failed", "indirect", "Dana Pesk", "saying"},
	{"with some suggesting", "The footage drew interest, with some suggesting it was a stunt.", "it was a stunt", "indirect", "unnamed:some", "suggesting"},
	{"promised someone a clause", "Velkor promised Mr Pesk it would keep the five under watch.", "it would keep the five under watch", "indirect", "Velkor", "promised"},
	{"the statement a body issued", "The Velkor ministry met on Monday. Harbrix Metals Corp said in a statement that it would not comment.\n\n“However, we take any incidence very seriously,” the statement said.", "However, we take any incidence very seriously", "direct", "Harbrix Metals Corp", "said"},
	{"a knight by the given name", "Chief executive Sir Anthony Orlan said sales rose.\n\nSir Anthony said the group would expand.", "the group would expand", "indirect", "Sir Anthony Orlan", "said"},
	{"a misspelt surname", "Lindsay Orlanova won on Monday. Orlanova was tired.\n\n“The crowd was great,” Orlanva said.", "The crowd was great", "direct", "Lindsay Orlanova", "said"},
	{"a clause before a name is no role of it", "The manager resigned on Monday, Lenka Pavlu said.\n\nThe manager said he had no regrets.", "he had no regrets", "indirect", "unnamed:The manager", "said"},
	{"a subordinate clause holds no role of the name after it", "When the manager of the centre left, Lenka Pavlu took over the bookings.\n\nThe manager said the invoices were never sent.", "the invoices were never sent", "indirect", "unnamed:The manager", "said"},
	{"a person in a complement before places is not the subject", "A friend of Simon Quell in Velmoor said the family was devastated.", "the family was devastated", "indirect", "unnamed:A friend of Simon Quell in Velmoor", "said"},
	{"an approximate count is a source", "The water was brown for a week, about a dozen residents said.", "The water was brown for a week", "indirect", "unnamed:about a dozen residents", "said"},
	{"it after a long quotation", "Harbrix Metals Corp published its results on Monday.\n\n“Sales were good. Costs fell.\n\n“Margins rose. Debt fell.\n\n“The outlook is fine. We are hiring.\n\n“We will grow. We will invest.”\n\nIt said it would pay a dividend.", "it would pay a dividend", "indirect", "Harbrix Metals Corp", "said"},
	{"last week between subject and verb", "The Velmoor ministry last week said exports would fall.", "exports would fall", "indirect", "unnamed:The Velmoor ministry", "said"},
	{"headline colon", "Dana Whitfield: Harbor wall will not survive the winter\n\nThe port chief spoke on Monday.", "Harbor wall will not survive", "indirect", "Dana Whitfield", ":"},
	{"title-case headline", "Dana Whitfield Says Harbor Wall Will Fail\n\nThe port chief spoke on Monday.", "Harbor Wall Will Fail", "indirect", "Dana Whitfield", "Says"},
	{"figures from a poll", "In the latest Harbor Institute poll, 40 percent of voters back Whitfield.", "40 percent of voters back Whitfield", "indirect", "unnamed:the latest Harbor Institute poll", "In"},
	{"according to as an aside", "The real cause, according to Marcus Oyelaran, is that nobody inspected the wall.", "The real cause … is that nobody", "indirect", "Marcus Oyelaran", "according to"},
	{"the newspaper", "The Harbor City Gazette backed Dana Whitfield.\nThe port chief “has earned a second term,” the newspaper wrote.", "has earned a second term", "mixed", "Harbor City Gazette", "wrote"},
	{"a share of people", "About 9 percent said they had no preference.", "they had no preference", "indirect", "unnamed:About 9 percent", "said"},
	{"many said", "The wall is failing, many said on Monday.", "The wall is failing", "indirect", "unnamed:many", "said"},
	{"inverted speaker with a long appositive", "The wall offers a reminder of the stakes, said Marcus Oyelaran, a professor of engineering at the city's university.", "The wall offers a reminder", "indirect", "Marcus Oyelaran", "said"},
	{"a place phrase after the verb", "The harbor has changed hands three times, Whitfield said during a stop in the port on Monday.", "The harbor has changed hands", "indirect", "Whitfield", "said"},
	{"a noun-like verb after its subject", "Dana Whitfield fears that the wall will fail.", "the wall will fail", "indirect", "Dana Whitfield", "fears"},
	{"attribution in a sentence of its own", "Dana Whitfield spoke on Monday.\n\"Why was that money sitting in the bank?\" Ms. Whitfield said, echoing a complaint.", "Why was that money", "direct", "Dana Whitfield", "said"},
	{"long appositive before the verb", "\"Nothing we could do now would make a difference,\" Marcus Oyelaran, director of the harbor project at the city's engineering institute, said in a statement.", "Nothing we could do", "direct", "Marcus Oyelaran", "said"},
	{"the company", "Harbor Freight Lines posted a loss.\nThe company said fuel costs had doubled.", "fuel costs had doubled", "indirect", "Harbor Freight Lines", "said"},
	{"dashes around an aside", "Dana Whitfield — who has run the port since 2019 — told the Harbor Gazette she would stay.", "she would stay", "indirect", "Dana Whitfield", "told"},
	{"a body names a person", "In May, a District Court judge sided with the port, saying the wall was sound.", "the wall was sound", "indirect", "unnamed:a District Court judge", "saying"},
	{"calling, after an object", "At a rally in Salem, Oregon, Whitfield went after Oyelaran, calling him “a total failure.”", "a total failure", "mixed", "Whitfield", "calling"},
	{"calling, after a person named before", "Marcus Oyelaran spoke first.\nAt a rally, Whitfield went after Oyelaran, calling him “a total failure.”", "a total failure", "mixed", "Whitfield", "calling"},
	{"an attribution of its own with an addressee", "Dana Whitfield spoke at the pier.\n\n\"How do you fix a wall like this?\" Whitfield said to a crowd of about 500.", "How do you fix a wall", "direct", "Dana Whitfield", "said"},
	{"an infinitive is no addressee", "\"We will spend more.\" Turning to the port, the chief promised to keep the pier open.", "to keep the pier open", "indirect", "unnamed:the chief", "promised"},
	{"who after a description naming a body", "The video was first reported by Zaid Velick, a reporter for the Arabic-language Harbor Radio, who said that it came from the pier.", "it came from the pier", "indirect", "Zaid Velick", "said"},
	{"a role with a body of its own introduces its holder", "James Velick was a reporter.\n\nLast week, the CEO of GlobalPort, a firm where Velick had worked, revealed that the group had demanded a ransom.", "the group had demanded a ransom", "indirect", "unnamed:the CEO of GlobalPort", "revealed"},
	{"two bodies speak together", "The Velmoor Party and the Harbor Party insisted that voters faced higher taxes.", "voters faced higher taxes", "indirect", "Velmoor Party and the Harbor Party", "insisted"},
	{"an outlet's report", "A Daily Velmoor report claimed that the mayor is addicted to cheese.", "the mayor is addicted", "indirect", "Daily Velmoor", "claimed"},
	{"a noun cue before the verb", "A Harbor Institute report said the pier was unsafe.", "the pier was unsafe", "indirect", "unnamed:A Harbor Institute report", "said"},
	{"and continued, after a reported clause", "Dana Osk spoke first.\n\nHe said the support for the Harbor Front is now evident, and continued, \"The coalition has not targeted the Front's main positions.\"", "The coalition has not targeted", "mixed", "Dana Osk", "continued"},
	{"sources for a group", "Several sources for the Harbor Front told Velmoor News that middlemen have been trying to strike a sale.", "middlemen have been trying", "indirect", "unnamed:Several sources for the Harbor Front", "told"},
	{"a relative of a person named before", "Velick Osk was shot at the pier.\n\nOsk’s aunt described him as a “wonderful young man.”", "wonderful young man", "mixed", "unnamed:Osk’s aunt", "described"},
	{"a role is not the victim named before", "Velick Osk was shot at the pier.\n\nThe mayor said the pier would stay closed.", "the pier would stay closed", "indirect", "unnamed:The mayor", "said"},
	{"he goes on from the one who told, not the one in what he told", "Velick Osk was shot at the pier.\n\nHarbor Mayor Dana Brant told the Gazette she had visited Osk’s family, who said he loved the army.\n\n“He was so proud of it,” she said.", "He was so proud of it", "direct", "Dana Brant", "said"},
	{"went on to say", "The harbor report went on to say, “The northern wall cannot survive another storm.”", "The northern wall cannot survive", "direct", "unnamed:The harbor report", "say"},
	{"a role naming a body, then the name", "The head of the Portville Harbor Authority, Dana Whitfield, claimed that the wall is safe.", "the wall is safe", "indirect", "Dana Whitfield", "claimed"},
	{"a surname ending in -ly", "Kelly said the harbor would reopen.", "the harbor would reopen", "indirect", "Kelly", "said"},
	{"claimed responsibility", "The Harbor Front claimed responsibility for the blast at the pier, in which two people died.", "responsibility for the blast at the pier", "indirect", "Harbor Front", "claimed"},
	{"but according to", "But according to reports emerging in the local press, the wall was never inspected.", "the wall was never inspected", "indirect", "unnamed:reports emerging", "according to"},
	{"according to in parentheses", "He cited a figure of 80 percent (the real share is closer to 15 percent, according to the Harbor Institute).", "the real share is closer to 15 percent", "indirect", "Harbor Institute", "according to"},
	{"a web domain as a source", "HarborNews.com has learned that the wall was never inspected.", "the wall was never inspected", "indirect", "HarborNews.com", "learned"},
	{"typewriter marks", "``The harbor is safe,'' Dana Whitfield said.", "The harbor is safe", "direct", "Dana Whitfield", "said"},
	{"a list after said and a colon", "At the pier, harbor chief Dana Whitfield also said:\n\nThe northern wall must close before the storms\n\nShe is confident the council will pay for it\n\nThe port reopens on Friday.", "She is confident the council", "indirect", "Dana Whitfield", "said"},
	{"a block quotation of several paragraphs", "The drawing was made by Marit Osk. She also confirmed she created the powerful piece:\n\nThis is irrelevant, I do not want it to distract people.\n\nMy drawing was a reaction, I didn't expect it would have such an echo.\n\nThe port reopens on Friday, officials said.", "I didn't expect it would have such an echo", "direct", "Marit Osk", "confirmed"},
	{"a block quotation ends where the article reports again", "The drawing was made by Marit Osk. She also confirmed she created the powerful piece:\n\nThis is irrelevant, I do not want it to distract people.\n\nThe port reopens on Friday, officials said.", "The port reopens on Friday", "indirect", "unnamed:officials", "said"},
	{"a block quotation after said and a colon", "Dana Whitfield later told the Harbor Gazette:\n\nThis is not about me. The wall has to be fixed before anyone is hurt.\n\nThe port reopens on Friday.", "This is not about me", "direct", "Dana Whitfield", "told"},
	{"a quotation paragraph after a mixed one", "Whitfield said the port \"will not close again,\" she said.\n\n\"There will be storms. But if you look at the wall now, it is stronger than it has ever been.\"", "There will be storms", "direct", "Whitfield", ""},
	{"a second report after a comma and but", "Dana Whitfield vowed to keep the port open, but the harbor engineer Marcus Oyelaran said the wall would fail.", "the wall would fail", "indirect", "Marcus Oyelaran", "said"},
	{"paragraphs of one quotation run together", "Responding, the port chief Dana Whitfield said: \"This was more talk from the council. \"We have heard it all before. Instead of a plan they gave us a slogan.\"\n\nThe port reopens on Friday.", "We have heard it all before", "direct", "Dana Whitfield", "said"},
	{"a quotation as the whole object", "Harbor user Oliver Brunvik wrote \"The pier is safe and the wall is dry.\"", "The pier is safe and the wall is dry.", "direct", "Oliver Brunvik", "wrote"},
	{"a surname that is also a place", "Dock worker Oliver Bruno spoke first.\n\nA later message from Bruno said the wall would hold.", "the wall would hold", "indirect", "Oliver Bruno", "said"},
	{"a person before a body in an unattributed sentence", "Another message from Harbrix Inc user Emanuela Siyar Barzani, citing a \"qualified\" source, noted \"Everything is fine with the pier.\"", "Everything is fine", "direct", "Emanuela Siyar Barzani", ""},
	{"notes of a named bill", "The explanatory notes of the Harbor Bill said the code protects sources.", "the code protects sources", "indirect", "unnamed:The explanatory notes of the Harbor Bill", "said"},
	{"it goes on quoting the company", "Harbrix Co said sales rose 5 pct, expressed in Veldorian dlrs.\n\nIf rates had held, sales would have fallen 4 pct, it said.", "sales would have fallen", "indirect", "Harbrix Co", "said"},
	{"they goes on quoting unnamed officials", "Harbrix will pay for the site, Veldoria officials said.\n\nThe company will clean the site by May, they said.", "The company will clean the site", "indirect", "unnamed:Veldoria officials", "said"},
	{"a pronoun after a picture caption", "Ambassador Tomas Whitfield spoke to reporters.\n\n\"We have found bodies,\" he said.\n\nPlay VIDEO\nNew photo of harbor chief Marcus Oyelaran\nHe also said the wall was cracked.", "the wall was cracked", "indirect", "Tomas Whitfield", "said"},
	{"a gerund reported", "Residents reported hearing a loud bang and feeling the impact.", "hearing a loud bang", "indirect", "unnamed:Residents", "reported"},
	{"locals", "Locals said they heard a large blast just before midnight.", "they heard a large blast", "indirect", "unnamed:Locals", "said"},
	{"it goes on quoting a one-word company", "In two trials, Harbrix said, verdicts went for the plaintiffs. In one, it said, the judge overruled the verdict.", "the judge overruled", "indirect", "Harbrix", "said"},
	{"it is not a country named in passing", "Troops left Veldoria in May. It said the border would stay closed.", "the border would stay closed", "indirect", "", "said"},
	{"a person of a firm", "Prices will rise, said analyst Tomas Velick of Harbrix Lehman Bros.", "Prices will rise", "indirect", "Tomas Velick", "said"},
	{"a person of a firm, before the verb", "Keita Osk of Harbrix Life Insurance said prices will rise.", "prices will rise", "indirect", "Keita Osk", "said"},
	{"a relative clause that names a platform", "The statement, which circulated on Harborbook, said an airstrike killed the aid worker.", "an airstrike killed", "indirect", "unnamed:The statement", "said"},
	{"a relative clause that names a person", "The statement, which Dana Whitfield posted, said an airstrike killed the aid worker.", "an airstrike killed", "indirect", "unnamed:The statement", "said"},
	{"a source on a company's team", "One well-placed source on Harbrix’s engineering squad says “It’s almost done.”", "It’s almost done", "direct", "unnamed:One well-placed source on Harbrix’s engineering squad", "says"},
	{"someone's page", "According to her Harborbook, the woman is a teacher.", "the woman is a teacher", "indirect", "unnamed:her Harborbook", "According to"},
	{"a lobbyist with connections to a body", "One lobbyist with close connections to the Velick administration said a team would buy wheat.", "a team would buy wheat", "indirect", "unnamed:One lobbyist with close connections to the Velick administration", "said"},
	// A government or campaign named after its head is a named body, one
	// referent across articles (gold-f's annotators, GUIDE.md: "a named
	// body, ... government"); it was an unnamed source before session 16.
	{"a person's administration", "The Velick administration said it would offer wheat.", "it would offer wheat", "indirect", "Velick administration", "said"},
	{"a person's campaign", "Senator Ana Velick spoke.\n\nThe Velick campaign said it would assess its options.", "it would assess its options", "indirect", "Velick campaign", "said"},
	{"she goes on quoting an unnamed spokeswoman", "A harbor spokeswoman said the pier would reopen. She added that the wall would stay closed.", "the wall would stay closed", "indirect", "unnamed:A harbor spokeswoman", "added"},
	{"a credit line is no antecedent", "Tomas Velick was stung on Monday.\n\n(Reporting by Kevin Harbrook in Bellmoor and Anna Osk in Veldoria; Additional reporting by Jo Brenlow; Editing by Nick Osk and Eric Walsh)\n\n\"It hurt a lot,\" he said.", "It hurt a lot", "direct", "Tomas Velick", "said"},
	{"a paragraph opening with By is no credit line", "By Monday, Dana Velick had left the port.\n\n\"It hurt,\" she said.", "It hurt", "direct", "Dana Velick", "said"},
	{"a promise to be", "Dana Whitfield vowed to be tough on crime.", "to be tough on crime", "indirect", "Dana Whitfield", "vowed"},
	{"a promise of a thing", "Dana Whitfield spoke on Monday. And she promised help to get young people on the property ladder.", "help to get young people", "indirect", "Dana Whitfield", "promised"},
	{"an MP for a seat of two places", "But the Tory MP for Harbridge and North Velmoor admitted the role \"cannot be frozen in aspic\".", "cannot be frozen in aspic", "mixed", "unnamed:the Tory MP for Harbridge and North Velmoor", "admitted"},
	{"he after a reported clause of an unnamed source", "Tomas Velick was beheaded by the group.\n\nOne of the sources said he was approached by a leader who asked him to work on a deal.\n\n\"They ask for $1 million,\" he told the Harbor Gazette.", "They ask for $1 million", "direct", "unnamed:One of the sources", "told"},
	{"he is not a video", "In the video, the man identified as Tomas Velick delivers a prepared statement.\n\n\"I call on my friends to rise up,\" he says.", "I call on my friends", "direct", "Tomas Velick", "says"},
	{"claims to have", "Gill Velick, a harbor worker who claims to have joined the fight, has been captured.", "to have joined the fight", "indirect", "Gill Velick", "claims"},
	{"the firm that spoke, not the one bought", "Standard Harbrix LP said it agreed to buy Velmoor Savings and Loan Association of Newport Beach for 20 mln dlrs.\n\nThe firm said the deal would close in May.", "the deal would close", "indirect", "Standard Harbrix LP", "said"},
	{"a member of a people", "Dana Whitfield spoke first. \"We were poor,\" the Scot said.", "We were poor", "direct", "unnamed:the Scot", "said"},
	{"he is the one who spoke, not the one talked about", "Harbor chairman Tomas Velick says he does not expect a quick end to captain Brent Osk's move.\n\nAlthough the move would suit both Osk and the harbor, Velick said money was not the point. \"The money side of things has not been settled,\" he told the Gazette.", "The money side of things", "direct", "Tomas Velick", "told"},
	{"a doubled mark is a slip", "Verizon is set to pay an \"\"unconscionable, unfair and grossly inadequate\" sum, Dana Whitfield said.", "unconscionable, unfair", "mixed", "Dana Whitfield", "said"},
	{"called, after a subordinate clause", "The row grew in May, when Dana Whitfield called the harbor plan “a costly fraud.”", "a costly fraud", "mixed", "Dana Whitfield", "called"},
	{"and called, the subject of the joined clause", "Oyelaran knocked the council on costs and called the plan a \"fantasy,\" a jab at the mayor.", "fantasy", "mixed", "Oyelaran", "called"},
	{"a quoted clause before an inverted speaker", "The harbor \"is the safest it has been in a decade,\" said Marcus Oyelaran, the port's chief engineer.", "is the safest it has been", "mixed", "Marcus Oyelaran", "said"},
	{"a description of the speaker before the name", "The wall \"has never been stronger,\" retired harbor engineer Marcus Oyelaran said.", "has never been stronger", "mixed", "Marcus Oyelaran", "said"},
	{"a quotation continued after a relative clause on the speaker", "\"It can work,\" said Dana Whitfield, who has not read the report but knows its gist. \"The wall is sound.\"", "The wall is sound", "direct", "Dana Whitfield", "said"},
	{"title and surname, two namesakes", "Bill Clinton and Hillary Clinton arrived.\nMrs Clinton said the talks had failed.", "the talks had failed", "indirect", "Hillary Clinton", "said"},
	{"joined second verb after an auxiliary", "Mira Quell has said that folk music is alive, but has admitted it is going through a quiet patch.", "it is going through a quiet patch", "indirect", "Mira Quell", "admitted"},
	{"joined second verb, no comma", "Mira Quell said that folk music is alive but admitted it is going through a quiet patch.", "it is going through a quiet patch", "indirect", "Mira Quell", "admitted"},
	{"an aside between verb and that", "The singer Oda Varn admitted, however, that her success had a downside.", "her success had a downside", "indirect", "Oda Varn", "admitted"},
	{"demonstrative subject of a bare clause", "Oda Varn stressed this did not mean the scene was over.", "this did not mean the scene was over", "indirect", "Oda Varn", "stressed"},
	{"a request of an addressee", "The Tenant Alliance urged its members to meet as normal.", "to meet as normal", "indirect", "Tenant Alliance", "urged"},
	{"called on an addressee", "The Tenant Alliance called on its members to meet as normal.", "to meet as normal", "indirect", "Tenant Alliance", "called"},
	{"telling a body to act", "Ministers are telling councils to find more sites for travellers.", "to find more sites", "indirect", "unnamed:Ministers", "telling"},
	{"announced plans", "Minister Oda Varn announced plans to limit the number of new casinos to 24.", "plans to limit the number", "indirect", "Oda Varn", "announced"},
	{"a name, its description and a relative clause before the verb", "Pavel Grinsted, Harbor bureau chief for the Velkor Weekly, who is inside the building, tweeted that there could be more than one shooter.", "there could be more than one shooter", "indirect", "Pavel Grinsted", "tweeted"},
	{"an inverted description and the name after it", "\"They were going up there,\" said the resident, Jose Marquand, pointing to the hill.", "They were going up there", "direct", "Jose Marquand", "said"},
	{"a spokesman for a body, then his name", "A spokesman for Harbrix Builders, Dr Vanraj, told the Courier this will mean better offerings.", "this will mean better offerings", "indirect", "Vanraj", "told"},
	{"the role a person was introduced with", "DJ Tomas Velick has a new album.\n\nThe DJ admitted that his success had a downside.", "his success had a downside", "indirect", "Tomas Velick", "admitted"},
	{"a body named inside a description before a relative clause", "The head of Harbrix, a firm which builds quays, said the wall was safe.", "the wall was safe", "indirect", "unnamed:The head of Harbrix", "said"},
	{"a spaced hyphen sets off an aside before the verb", "DJ Tomas Velick - aka Fatboy Slim - has said that dance music is not dead.", "dance music is not dead", "indirect", "Tomas Velick", "said"},
	{"a plural possessive inside an appositive", "Suffolk Chief Constable Hal Brenner, the Association of Chief Police Officers' spokesman on rural policing, told the Courier the law would be enforced.", "the law would be enforced", "indirect", "Hal Brenner", "told"},
	{"the leader of a people's place is its one leader named", "Russian President Ivan Vostrakov met the mayor on Monday.\n\n\"There is no doubt,\" the Russian leader said.", "There is no doubt", "direct", "Ivan Vostrakov", "said"},
	{"a leader no one was named as stays unnamed", "Ivan Vostrakov met the mayor on Monday.\n\n\"There is no doubt,\" the Russian leader said.", "There is no doubt", "direct", "unnamed:the Russian leader", "said"},
	{"an envoy to a body is not the body", "The group is selling organs, the Veldorian ambassador to the United Nations said Tuesday.", "The group is selling organs", "indirect", "unnamed:the Veldorian ambassador to the United Nations", "said"},
	{"hearsay credited to no one", "Marcus Oyelaran is widely said to be the next harbor chief.", "to be the next harbor chief", "indirect", "", "said"},
	{"alleged to have said: the subject said it", "Tomas Velick is alleged to have said that the quay should be closed.", "the quay should be closed", "indirect", "Tomas Velick", "said"},
	{"it was reported that", "It was initially reported that the quay had failed after a storm.", "the quay had failed after a storm", "indirect", "", "reported"},
	{"a sentence led by a pronoun goes on about its antecedent", "Tomas Velick, a Navy veteran, said Anna Brenner should be ready for questions. He attended the rally, though he's still not sure whether he'll vote for Brenner or Vermont Sen. Harald Osk.\n\n\"I ask my wife, is she going to be ready?\" he said.", "I ask my wife", "direct", "Tomas Velick", "said"},
	{"NYT marks: a single quotation closing inside a double one", "''We are told all the time, 'Harbor is a special case,''' Mr. Velick said. ''It is all lies.''", "We are told all the time", "direct", "Velick", "said"},
	{"a new paragraph's 'X said ... that' is X's own report, not the attribution of the quotation before it", "Tomas Velick spoke first. \"If we were to touch it, the council would say we undermined the deal.\"\n\nHal Brenner said Wednesday that the council rejected his attempts to include language.", "the council rejected his attempts", "indirect", "Hal Brenner", "said"},
	{"a bare clause whose subject holds a list of names", "A Harbor aide said comments from Velick, Brenner, Osk and Quell were consistent with their earlier statements.", "comments from Velick, Brenner, Osk and Quell were consistent", "indirect", "unnamed:A Harbor aide", "said"},
	{"two names joined inside a reported clause are one subject", "Tomas Velick said the new owners of Harbrix and Quayside Partners reported losses in May.", "Harbrix and Quayside Partners reported losses", "indirect", "Tomas Velick", "said"},
	{"a pronoun inside a quotation leads no chain", "Hal Brenner runs the harbor.\n\n“I went home. He told me to stay,” Tomas Velick said. He said the quay was safe.", "the quay was safe", "indirect", "Tomas Velick", "said"},
	{"a participle after a clause of its own", "Harbrix chairman Tomas Velick sent a letter to the board on Thursday saying that it plans to submit a new offer.", "it plans to submit a new offer", "indirect", "Tomas Velick", "saying"},
	{"a second report by a name, no comma", "Tomas Velick said the quay was safe and Hal Brenner said it was not.", "it was not", "indirect", "Hal Brenner", "said"},
	{"a joined verb is the sentence subject's", "The Harbor Courier said Mayor Pavel Grinsted was the main cause of the delay and said the council would vote.", "the council would vote", "indirect", "Harbor Courier", "said"},
}

// noQuote are texts in which no one is quoted.
var noQuote = []string{
	"It ranks countries according to the steps they are taking towards the targets.",
	"The Paris-based think tank published its outlook.",
	"Section 404 governs their financial reporting of losses.",
	"Millan, who served in the army, took on a duty in which he wrote three books on the topic.",
	"Dana Whitfield was believed to have travelled to the port in 2012.",
	"Whitfield was told that the wall would fail.",
	"Whitfield said during the meeting nothing at all.",
	"By: Harbor Press Trust | Bellmoor | Posted: January 8, 2015 2:10 pm",
	"The Courier's Raja Osk reported from near the pier, while Laura Velick-Spark wrote in Bellmoor and Jason Hanna in Veldoria.",
	"The head of the Harbor Agency widely reported to have resigned in May is still at the helm.",
	"At a rally, he knocked Whitfield for not reporting loans from the port.",
	"Harbrix continues to tweak the pier, giving the wall a \"weightier and far more higher-end feel.\"",
	"Harbrix is forecast to have shipped 73 million phones.",
	"Speaking on Harbor Radio 4, he criticised the fact that \"billions of pounds\" have been spent on war.",
	"Dana Whitfield called on Friday to complain.",
	"Tomas Velick did not say whether the quay was safe.",
	"Tomas Velick cannot say that the quay is safe.",
	"The theft of the boat was reported to police on Monday, and officers searched the harbor.",
	"The theft was reported to the harbor master.",
	"Tomas Velick cannot say that “from his perspective” the quay is safe.",
	"A harbor leader who asked him to work on the deal was arrested.",
}

func TestNoQuote(t *testing.T) {
	a := analysis.New()
	for _, text := range noQuote {
		d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		if rec := a.Analyze(d); len(rec.Quotes) > 0 {
			t.Errorf("%q: quotes %+v", text, rec.Quotes)
		}
	}
}

// TestShortInputsFromTheHook: inputs that once panicked give a record.
func TestShortInputsFromTheHook(t *testing.T) {
	a := analysis.New()
	for _, text := range []string{"” adding that it holds", "'' adding that x is y", "”adding that it is safe", "'' said he", "“", "Mr.",
		"Smith said:\n\nMarch April May\n", "!whiCh sAid"} {
		d, err := document.New([]byte(text), document.Meta{})
		if err != nil {
			continue
		}
		_ = a.Analyze(d)
	}
}

func TestQuotes(t *testing.T) {
	a := analysis.New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
			if err != nil {
				t.Fatal(err)
			}
			rec := a.Analyze(d)
			names := map[string]string{}
			for _, e := range rec.Entities {
				names[e.ID] = e.Name
			}
			for _, q := range rec.Quotes {
				if !strings.Contains(q.Text, tc.content) {
					continue
				}
				cue := ""
				if q.Cue != nil {
					cue = q.Cue.Text
				}
				// A source the text describes without naming it is
				// written "unnamed:" and the description.
				who := names[q.Speaker]
				if q.Source.Kind == analysis.UnnamedSource {
					who = "unnamed:" + q.Source.Description
				}
				if q.Kind != tc.kind || who != tc.speaker || cue != tc.cue {
					t.Fatalf("got %s by %q (cue %q), want %s by %q (cue %q)", q.Kind, who, cue, tc.kind, tc.speaker, tc.cue)
				}
				return
			}
			t.Fatalf("no quote contains %q; got %+v", tc.content, rec.Quotes)
		})
	}
}

// TestJoinedReportEndsTheFirst: a second reporting verb joined to the
// first ("said A but admitted B") ends the first one's content.
func TestJoinedReportEndsTheFirst(t *testing.T) {
	// and a participle after the verb's comma is its own report, not the
	// verb's content: "Velick added, saying it should be".
	{
		d, err := document.New([]byte("Hal Brenner spoke first.\n\nThe quay is safe, Tomas Velick added, saying it should be up to the council."), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range analysis.New().Analyze(d).Quotes {
			if strings.HasPrefix(q.Text, "saying") {
				t.Errorf("quote %q opens with its own participle", q.Text)
			}
		}
	}
	a := analysis.New()
	for _, text := range []string{
		"Mira Quell said that folk music is alive but admitted it is going through a quiet patch.",
		"Mira Quell said that folk music is alive, but has admitted it is going through a quiet patch.",
		"Mira Quell said that folk music is alive and Hal Brenner said it is going through a quiet patch.",
	} {
		d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range a.Analyze(d).Quotes {
			got = append(got, q.Text)
		}
		if !slices.Contains(got, "folk music is alive") {
			t.Errorf("%q: quotes %q, want one that is exactly \"folk music is alive\"", text, got)
		}
	}
}

// TestParticipleOfAThingGiven: "received a letter from the board saying",
// "was handed a report by officials saying": what the letter or report
// says is not the receiver's.
func TestParticipleOfAThingGiven(t *testing.T) {
	a := analysis.New()
	for _, text := range []string{
		"Tomas Velick received a letter from the harbor board on Thursday saying that the quay was unsafe.",
		"Tomas Velick was handed a report by officials saying the quay was unsafe.",
	} {
		d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		found := false
		for _, q := range rec.Quotes {
			if !strings.Contains(q.Text, "the quay was unsafe") {
				continue
			}
			found = true
			for _, e := range rec.Entities {
				if e.ID == q.Speaker && e.Name == "Tomas Velick" {
					t.Errorf("%q: credited to the receiver, Tomas Velick", text)
				}
			}
		}
		if !found {
			t.Errorf("%q: precondition: the quote is found", text)
		}
	}
}

// TestMixedQuoteEnds: a mixed quote ends at its last quoted piece when the
// clause goes on with a second report or the writer's aside, and keeps a
// phrase that completes it.
func TestMixedQuoteEnds(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct{ text, quoted, want string }{
		{"Whitfield called the plan “weak” and said it had no support in the port.", "weak", "the plan “weak”"},
		{"Whitfield called Oyelaran a “failure,” accusing him of hiding the report.", "failure", "Oyelaran a “failure,”"},
		{"Oyelaran called the plan a \"fantasy,\" a jab at the mayor.", "fantasy", "the plan a \"fantasy,\""},
		{"Whitfield called him a “wreck” and “a danger to the port” at the meeting.", "wreck", "him a “wreck” and “a danger to the port” at the meeting"},
		{"Whitfield urged voters to “send a message” to the council on Friday.", "send a message", "voters to “send a message” to the council on Friday"},
		{"Osk’s aunt described him as a “kind young man,” who joined the cadets at twelve.", "kind young man", "him as a “kind young man,”"},
	} {
		d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range a.Analyze(d).Quotes {
			if strings.Contains(q.Text, tc.quoted) {
				got = append(got, q.Text)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: quotes holding %q are %q, want one, %q", tc.text, tc.quoted, got, tc.want)
		}
	}
}

// TestNotQuotes: scare quotes and titles are not speech.
func TestNotQuotes(t *testing.T) {
	a := analysis.New()
	for _, text := range []string{
		`The so-called "harbor plan" drew crowds.`,
		`She starred in "The Long Winter Of Bellmoor" last year.`,
		`The ambassador intends to remain in the city despite demands for withdrawal.`,
		`He showed the visitors the new harbor wall.`,
		"The Latest: Harbor wall closes for repairs",
		"Voters in the early states feel the need to be heard.",
		"He won his home state of Oregon.",
		"I want someone to look at that number and say that it is wrong.",
		"Fears of attacks in the port kept visitors away.",
		"Voters in states that have lost factories turned out.",
		"Whitfield backed a ban on admitting trucks to the pier.",
		"Follow Dana Whitfield on Twitter: @dwhitfield",
	} {
		d, _ := document.New([]byte(text), document.Meta{})
		if qs := a.Analyze(d).Quotes; len(qs) > 0 {
			t.Errorf("%q: unexpected quotes %+v", text, qs)
		}
	}
}

// TestSplitQuotationIsOne: a quotation interrupted by its attribution, or
// an aside set inside reported words, is one quote in pieces.
func TestSplitQuotationIsOne(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct {
		text   string
		pieces int
	}{
		{"“We will win,” Dana Whitfield said, “and soon.”", 2},
		{"The real problem, Whitfield said, is that nobody inspected the wall.", 2},
	} {
		d, _ := document.New([]byte(tc.text), document.Meta{})
		qs := a.Analyze(d).Quotes
		if len(qs) != 1 || len(qs[0].Fragments) != tc.pieces {
			t.Errorf("%q: want one quote in %d pieces, got %+v", tc.text, tc.pieces, qs)
		}
	}
}

// TestRunTogetherQuotationKeepsItsPieces: paragraphs of one quotation
// run together, the first never closed, with no attribution but the
// sentence before: both pieces are one quote, its speaker's.
func TestRunTogetherQuotationKeepsItsPieces(t *testing.T) {
	text := "Dana Whitfield said the video would go to police. \"Our evidence suggests that most crews kept to the rules and went home. \"However, we have received reports of clearly illegal work by a number of crews.\" A reporter said 2,000 people came."
	d, _ := document.New([]byte(text), document.Meta{})
	r := analysis.New().Analyze(d)
	var direct []string
	for _, q := range r.Quotes {
		if q.Kind == "direct" {
			direct = append(direct, q.Text)
			if len(q.Fragments) != 2 || !strings.Contains(q.Fragments[1].Text, "However, we have received") {
				t.Errorf("want the quotation in two pieces, got %+v", q.Fragments)
			}
		}
	}
	if len(direct) != 1 {
		t.Errorf("want one direct quote, got %q", direct)
	}
}

// TestLoneNameTypedByWhatItSaid: a one-word speaker with no given name or
// title is a body, and what it said can still say otherwise: "its" or "it"
// doing something for a company, "he" or "she" for a person.
func TestLoneNameTypedByWhatItSaid(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct{ text, name, typ string }{
		{"Harbrix said it raised posted prices for several products.", "Harbrix", "ORG"},
		{"Velcorp said its sales fell 5 pct in March.", "Velcorp", "ORG"},
		{"Oyelaran said he was wrong to close the pier.", "Oyelaran", "PERSON"},
		{"Harbrix said prices were up two cents.", "Harbrix", "ORG"},
		{"“I did approve it; I just cannot say when,” Harbrick said.", "Harbrick", "PERSON"},
		{"Harbelblatt reported that the bank would cut 500 jobs.", "Harbelblatt", "OUTLET"},
		{"Veldoria Police said the pier would be shut if necessary.", "Veldoria Police", "ORG"},
		{"Harbrix AG said its profits rose.", "Harbrix AG", "ORG"},
		{"The campaign came out at the time of Harbor Day, a hard day for many.\n\n\"The sums will never add up,\" he said.", "Harbor Day", "OTHER"},
	} {
		d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		got := ""
		for _, e := range rec.Entities {
			if e.Name == tc.name {
				got = e.Type
			}
		}
		if got != tc.typ {
			t.Errorf("%q: %s is %q, want %s", tc.text, tc.name, got, tc.typ)
		}
	}
}

// TestDoubledMarkIsASlip: a quotation opened with two marks (`""The`,
// `“”The`) holds no mark in its text.
func TestDoubledMarkIsASlip(t *testing.T) {
	a := analysis.New()
	for _, text := range []string{
		"Dana Whitfield spoke on Monday.\n\n\"\"The deal is unfair and grossly inadequate,\" she said.",
		"Dana Whitfield spoke on Monday.\n\n“”The deal is unfair and grossly inadequate,” she said.",
	} {
		d, err := document.New([]byte(text), document.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		found := false
		for _, q := range rec.Quotes {
			if strings.Contains(q.Text, "unfair") {
				found = true
				if strings.ContainsAny(q.Text, "\"“”") {
					t.Errorf("%q: quote text %q holds a mark", text, q.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote found", text)
		}
	}
}
