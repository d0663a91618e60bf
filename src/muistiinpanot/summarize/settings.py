"""SummarySettings: the [summary] table of pipelines/*.toml as a frozen dataclass, extending
BulletChoiceSettings (its fields first: summary.json's `settings` keep their order)."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.summarize.choice_settings import BulletChoiceSettings


@dataclass(frozen=True, slots=True)
class SummarySettings(BulletChoiceSettings):
    """Settings of the summary stage; every default is the documented default. Which themes
    get a bullet, `max_bullets` to `analyst_comma`: BulletChoiceSettings.

    What goes into a bullet
      `note_score_drop`: a note of a seeded theme whose assignment score is more than this
      below the median score of the theme's notes says nothing under the theme's heading
      (a note on the theme's boundary; summarize/eligible.py; the theme keeps its
      `min_theme_size` best-scored notes; 1 = every note of the theme).
      `max_points`: at most this many notes' points after the opening ...
      `notes_per_point`: ... and about one point per this many notes of the theme.
      `max_sentences`: a bullet has at most this many sentences (the opening included) ...
      `max_words`: ... and at most about this many words (a gathered sentence that would
      go over is left out).
      `list_items`: a colon list names at most this many notes' noun phrases
      ("Esimerkkeinä mainittiin:" only when each names a word of the sentence before it or
      a compound of one, else "Esiin nousivat myös"; gather.py, review 34 #4, review 36 #6).
      `compound_words`: two clauses of this many words or fewer (and no comma) may be joined
      into one compound sentence ...
      `compound_clauses`: ... of at most this many predicates, counted over its clauses ...
      `compound_similarity`: ... that speak of one point: the cosine of the content-lemma
      vectors of a clause and the clauses before it in the sentence is at least this.
      `restated_verb_similarity`: two such clauses that name the same things, of one
      polarity, are said once when the cosine of their verbs' vectors is at least this
      ("Hiekoitus unohtuu" ~ "hiekoitus jää tekemättä"; summarize/restated.py, mend109).
      `topic_words`: two clauses that open with a noun of one head (the same base form, or
      a compound of it: "apuvälineiden huolto", "apuvälinelainaamo") are said as one
      compound sentence of at most this many words, each clause in its own words (the
      head is said in both; summarize/topics.py; 0 = off) ...
      `coordinated_words`: a note's clause joined to its main clause by its own conjunction
      ("… ikääntyvät eikä nuoria saa …") stays when the whole has at most this many words ...
      `max_predicates`: ... and chains at most this many coordinated predicates (one count:
      predicate.coordinated_predicates); clauses that start alike share their verb only
      while none of them chains this many (joins.shared_starts); the lint counts sentences
      that chain more.
      `wish_words`: a note without a verb is published as a wish ("Toivottiin …",
      summarize/wishes.py) only when its parse has at most this many tokens besides one
      closing mark (0 = never).
      `state_nouns`: an inessive or adessive noun nearer by its vector a stopped state than a
      place makes a verbless note no wish ("rahoitus katkolla"; notwishes.stated_noun_state,
      review 57 #1). Off by default: on the dev clinics it changed one bullet, for the worse
      (an instrument, "kastelu ajastimella", read as a state; docs/how-it-works.md, post40).
      `framed_words`: a note whose second clause, after a comma alone, frames or completes
      the first ("drooni lentää takapihan yli, asukas kokee että häntä kuvataan") is written
      whole, the clauses joined by "ja" (summarize/splicedframes.py), only when it has at
      most this many words (0 = never: the comma splice rule keeps its first clause).
      `opening_share`: the opening prefers a clause that speaks of the label's words when it
      covers at least this share (0–1) of what the best-covering clause covers.
      `length_power`: a point's relevance is what it adds divided by its length in words to
      this power (0 = length does not count, 1 = per word).
      `echo_weight`: in that choice, a lemma that an earlier bullet of the post said weighs
      this much (0–1) of its weight (1 = each bullet on its own; less: the points a post
      has not yet said come first).
      `mmr_lambda`: MMR trade-off, 1 = best-covering points only, 0 = most different only.
      `duplicate_similarity`: a point at least this similar (cosine) to a chosen one is never
      chosen as well (near-duplicates), nor in a theme's second bullet when this similar to
      a piece of the notes its first bullet said.
    Grammar
      `government_evidence`: a verb Voikko names no infinitive for takes the one written right
      after it in the clinic's notes and the example notes in at least this many places ...
      `government_share`: ... and in at least this share (0–1) of the places an infinitive
      follows it ("joutuu kertomaan" → "joutuu ottaa" is written "joutuu ottamaan").
      `comparative_reach`: a spoken "ku" is written "kuin" when a comparative stands at most
      this many words before it in its clause ("vähemmän väkeä ku viime syksynä"; the words
      that open another clause, lexicons/tidy.toml [clause], end the reach; summarize/tidy.py,
      review 60 #1; 1 = only right before it).
    Speed
      `parse_notes`: 0 = every note of a theme that gets a bullet is tidied, checked and
      parsed; N = only the N notes of each theme most relevant by their lemmas (bullets.
      candidate_notes; fast mode's trade, set by `[fast] parse_notes`).
    Small clinics
      `min_kept_notes`: with fewer kept notes the post says it cannot gather highlights (and
      the run warns).
    Post
      `theme_paragraph`: add a paragraph naming the largest themes and their note counts.
      `proposed_passives`: a note's present passive statement is said as a proposal when
      another note of its theme proposes the same verb for the same thing ("laudat voisi
      varata netistä"; summarize/proposals.py).
      `seeded_part_headings`: a seeded theme's label of two parts ("X ja Y") is published as
      the one part its bullets say when they say only that one (summarize/headingwords.py;
      false: the seeded labels as they are).
      `subject_headings`: a heading (or a part "X" of "X ja Y") that only names the clinic's
      subject (a noun its title and topic both say, or its compound head) gives way to the
      label's other part or the first bullet's own key word (summarize/subjectheading.py;
      review 87: "Kirjastoauto" in a clinic on library buses).
      `post_repeats`: a theme's second bullet (or a headless one) each of whose sentences
      says again a sentence of an earlier bullet is not published (summarize/postrepeats.py):
      that sentence says two of its content words' Voikko roots, and a root of the share
      `repeat_share` of its nouns and adjectives; words and roots at least `repeat_common` on
      wordfreq's Zipf scale ("tehdä", "lisää") and calendar units do not count. Off by
      default: on the dev clinics it took out 2 repeats but recovered no point several groups
      made (docs/how-it-works.md, summary36).
      `misread_parses`: two parser slips read as the grammar has them before a note's pieces
      are cut: a root first infinitive with a nominative singular subject read as the present
      Voikko confirms ("niitto … levittää siemeniä"), a partitive second subject after the
      verb read as its object (summarize/misreadings.py). Off by default: on the dev clinics
      it recovered 3 points several groups made, but the lint counts 3 more hits and one new
      sentence was wrong (docs/how-it-works.md, summary38).
      `why_not_points`: a "why not" question is said as the point it makes, the negated
      predicate under the necessive ("Miksei kysytty kyläläisiltä ensin?" → "Olisi pitänyt
      kysyä kyläläisiltä ensin."; summarize/whynot.py, review 52 #2).
      `fragment_parts`: an open question between alternatives is said as an indirect question
      ("kuka maksaa, kunta vai seurakunta" → "Kysyttiin, maksaako kunta vai seurakunta.";
      summarize/alternatives.py), and a verbless note of comma-joined parts that gave no
      clause offers the clauses its parts give read alone (summarize/segments.py, review 58
      #1).
      `appended_cuts`: what a note glues on after a comma is cut before its pieces (a fronted
      topic before a clause with its own object, an appended comment or fragment), a listed
      phrase has a noun head, a predicate adjective of a coordinated subject is plural
      (summarize/appended.py, review 58, mend119).
      `spliced_negations`: a negated clause spliced on with a comma after one that does not
      negate is joined with "ja" ("…, eivätkä asukkaat enää usko siihen"), not lost whole
      (summarize/splicednegation.py, review 82 #3, mend172).
      `possessive_clauses`: a possessive clause whose copula the parse labels `cop:own`
      ("Hoitajalla ei ole aikaa") is a clause piece, and a negated one without its verb gets
      "ole" ("hoitajalla ei aikaa" → "Hoitajalla ei ole aikaa.", summarize/negatedhaving.py,
      review 84 #3, mend177).
      `necessive_copulas`: a bare necessive predicate, a present passive participle without
      its "on", gets it ("Pysäkkiajat sovittava koulun kanssa" → "Pysäkkiajat on sovittava
      koulun kanssa.", predicate.necessive_copula, review 87, mend187).
      `passive_conditionals`: a spoken passive conditional is written in full in an
      affirmative clause, as the connegative after "ei" ("jos tehtäis" → "jos tehtäisiin",
      "ei tehtäis" → "ei tehtäisi"; summarize/passiveconditional.py, mend188).
      `stranded_adverbs`: a manner adverb in -sti stranded after the last comma is read
      without the comma ("… koulujen kanssa, avoimesti" → "… koulujen kanssa avoimesti.",
      summarize/strandedadverb.py, review 87, mend187).
      `spliced_clauses`: any clause spliced on with a comma that names its own third-person
      subject (a noun or an adjective) is joined with "ja" or "eikä" ("Päätöksistä ei kerrota
      avoimesti, ja reitit muuttuvat yllättäen"), a verbless one with its copula ("…, ja
      puhelin on tärkein"); with either splice setting, a join that adds a lint hit gives way
      (summarize/splicednegation.py, splicedlint.py, reviews 82 and 84, post47).
      `said_frames`: no "ja" after a bare verb of saying, thinking, feeling or perceiving
      or a bare copula but the "että" of a stated content ("Moni sanoi, bussi ei kulje" →
      "Moni sanoi, että bussi ei kulje"; a question or a command: no join), no clause piece
      of such a verb alone, and no join whose added clause has a spoken verb
      (summarize/saidframes.py, splicedlint.spoken_join, review 85, mend181, mend184).
      `tagger_moods`: a finite verb one of whose Voikko readings has the parse's person and
      number is no spoken form when the tagger gave it another mood (a conditional
      "madaltaisivat" tagged indicative: wordchecks.unfit_verb, review 84 #1, mend178). Off:
      with adapted_loans, dev lint 159 → 172 and four of 14 changed posts judged worse
      (how-it-works "Review 84 names and renames (mend178)").
      `adapted_loans`: a loanword's unadapted nominative Voikko knows with a paragogic -i as
      a noun ("chat" of "chatti") is written Finnish, not a spoken form that cuts its clause
      (wordchecks.adapted_loan, review 84 #1, mend178). Off, as tagger_moods.
      `restated_sentences`: a bullet's sentence that says again one before it (one polarity,
      every word that carries something said by the other: "Illalla ei kulje bussia. Ilta-
      aikaan ei ole bussia.") gives its slot to the next point, its notes folded into the
      other (summarize/restated.restates, review 52 #3).
      `restated_clauses`: ... also a clause that another clause of the bullet says with more,
      before clauses are joined into compound sentences, which hide the repeat from the
      sentence-level check (summarize/restatedclauses.py, review 66 #3); and no compound
      sentence joins a clause that mostly says what another says (restated.mostly_restates,
      review 70 #2): `restated_mostly_said` things of it the other says and at most one it
      does not, its subject no such one (review 71 #5). compound_sentence, topic_units and
      compound_units share one default for that check: on, words as common as `repeat_common`
      left out, as the shipped settings run it (gather passes both).
      `lead_in_stated_share`: a lead-in that names several groups counts only the notes the
      sentence states: at least this share of a note's content lemmas said by the sentence
      (summarize/stated.py, review 66 #1; 0 = every note folded into the sentence).
      `same_openings`: a bullet's sentence whose opening and subordinator repeat an earlier
      one's, the same words in the same forms, is joined to it ("Luottamus syntyy, jos … ja
      kun …": summarize/sameopenings.py, review 62 #5, narrowed by review 63 #3).
      `one_group_second`: a theme's second bullet whose notes one group of several wrote
      (pieces.Voice.one_of_several, the count by which a bullet takes no lead-in) opens
      "Yhden ryhmän mukaan" (review 52 #4).
      `one_group_near_points`: ... only when no other group's note of its theme says a word
      of its point too (pieces.Voice.according_to, its point_groups; review 60 #3, mend122).
      On since session 35 (it had shipped off for a scoring artefact: summary_lost.py's
      missed points 78 -> 79, the lead-in's "ryhmä" matching a reference's lemma): reviews
      76, 77 and 80 each found "Yhden ryhmän mukaan" said of a point several groups made
      (mend158's sample: 8 of 30 claims false); on, 257 claims over the 188 dev clinics
      become 28, all four of mend158's false ones gone, mean F 0.6189 -> 0.6181, lint equal
      (how-it-works: "one_group_near_points on").
      `rules_in_force`: a sentence whose necessive verb is in the indicative ("kutsutaksi
      pitää tilata edellisenä päivänä", a rule in force) gives no infinitive piece, which the
      post would write as the proposal "Pitäisi tilata …" (review 84 #2, mend176): off, its
      dev changes 3 better, 1 worse (a demand lost) against a "none worse" rule.
      `one_group_word_roots`: ... a word's roots in Voikko's WORDBASES counted, a
      derivation's base and a compound's parts ("odotusaika" / "odottaessa":
      pieces.root_point_groups, review 84 #1, mend176; a clinic-wide count was measured
      and refused: how-it-works "Review 84 mends").
      `one_group_fold`: such a second bullet of one sentence is written into the theme's
      first bullet without the lead-in (summarize/onegroupfold.py, post42: one group's lone
      point under the heading read as gossip) only when that bullet has room (fewer than
      `max_sentences` sentences: the fold never makes a bullet longer), says of none of its
      points that several groups made it ("Ryhmien mukaan", a plural "ryhmä"), and the point
      names an emergent label's word (choose.unnamed) and shares a noun or adjective, the
      label's aside, with the bullet's own text (review 67, mend134). Otherwise it stays a
      bullet of its own with its lead-in.
      `sentence_mends`: a published bullet's agreement and case slips mended from Voikko's
      readings (summarize/sentencemends.py, review 73): a capital kept mid-sentence, "onko"
      before a plural subject, a nominative attribute before a partitive head.
      `shared_subject_verbs`: ... and a subordinate clause's verb of the main clause's
      plural subject (off: the zero person often means someone else, "Vanhemmat
      huolestuvat, kun itkee yöllä"; review 74 #3, mend153).
      `title_words`: the title is a sentence of the main theme's bullets (the theme the most
      groups wrote on) when it has at most this many words and stands alone as a statement
      (summarize/title.py); otherwise it names the clinic and the main theme (0 = always).
      `title_groups`: ... and only when at least this many groups made its point: wrote the
      note it says word for word, or (`title_lemmas` above 0) a note of the theme sharing
      `title_lemmas` content lemmas with it, not counting those in more than the share
      `title_common` of the theme's notes (0 = word for word only: a shared lemma or two
      joined different points on the dev clinics, docs/how-it-works.md summary30).
      `title_point_share`: ... or (above 0) notes of the theme sharing two point words with
      it and at least this share of their own point words: content lemmas with their
      compound parts and roots, less the words of the theme's label and the clinic's title
      and topic and the auxiliary verbs (summarize/titlepoints.py, post49, review 87 #1).
      `title_point_words`: ... and at least this many of the sentence's words.
      `title_label_cover`: the fallback title names the largest emergent theme ("eniten
      puhutti X") only when at least this share of its notes carry a word of its label
      (title_reasons.label_carried; else the clinic's name: review 70 #1; 0 = off).
      `title_part_cover`: ... and so does a seeded theme the title names by one part of its
      label (seeded_part_headings: "eniten puhutti avoimuus" of notes on late information,
      review 91 #3); off until measured on every dev clinic (mend190).
      `title_lead_ratio`, `title_topic_cosine`: ... and only when it has at least
      `title_lead_ratio` times (and more than) the notes, and at least the groups, of every
      other theme and of every set of other themes whose label heads' word vectors are
      `title_topic_cosine` alike (one topic; title_reasons.clear_lead; review 73 #1; 0 = off).
    """

    note_score_drop: float = 0.2
    max_points: int = 8
    notes_per_point: float = 1.0
    max_sentences: int = 3
    max_words: int = 40
    list_items: int = 4
    compound_words: int = 12
    compound_clauses: int = 2
    compound_similarity: float = 0.5
    restated_verb_similarity: float = 0.55
    topic_words: int = 30
    coordinated_words: int = 16
    max_predicates: int = 2
    wish_words: int = 16
    state_nouns: bool = False
    framed_words: int = 24
    opening_share: float = 0.5
    length_power: float = 1.0
    echo_weight: float = 0.0
    mmr_lambda: float = 0.7
    duplicate_similarity: float = 0.9
    government_evidence: int = 3
    government_share: float = 0.9
    comparative_reach: int = 3
    min_kept_notes: int = 5
    parse_notes: int = 0
    theme_paragraph: bool = True
    seeded_part_headings: bool = True
    subject_headings: bool = False
    proposed_passives: bool = True
    post_repeats: bool = False
    misread_parses: bool = False
    why_not_points: bool = True
    fragment_parts: bool = True
    appended_cuts: bool = True
    spliced_negations: bool = False
    possessive_clauses: bool = False
    necessive_copulas: bool = True
    stranded_adverbs: bool = True
    passive_conditionals: bool = True
    spliced_clauses: bool = True
    said_frames: bool = True
    tagger_moods: bool = False
    adapted_loans: bool = False
    restated_sentences: bool = True
    restated_clauses: bool = True
    lead_in_stated_share: float = 1.0
    same_openings: bool = True
    one_group_second: bool = True
    one_group_near_points: bool = True
    one_group_word_roots: bool = False
    rules_in_force: bool = False
    one_group_fold: bool = True
    sentence_mends: bool = True
    shared_subject_verbs: bool = False
    repeat_share: float = 1.0
    repeat_common: float = 5.5
    restated_mostly_said: int = 3
    title_words: int = 12
    title_groups: int = 2
    title_lemmas: int = 0
    title_common: float = 1.0
    title_point_share: float = 0.0
    title_point_words: int = 2
    title_label_cover: float = 0.5
    title_part_cover: bool = False
    title_lead_ratio: float = 1.25
    title_topic_cosine: float = 0.4


#: The defaults, for the signatures that take one knob (one place for each default).
DEFAULT_SETTINGS = SummarySettings()
