package main

import (
	"regexp"
	"strings"
)

// Section names a part of a rule's page. The Doc strings are free prose,
// so a paragraph's section comes from its label ("Bad:", "Seeds:") or,
// unlabelled, from where it stands.
type Section int

const (
	Why Section = iota
	Reports
	Bad
	Good
	Silent
	Providers
	Seeds
	numSections
)

// Block is a paragraph of prose or a tab-indented code block.
type Block struct {
	Lines []string // as written; code lines without their first tab
	Code  bool
}

// Doc is an analyzer's Doc split into the sections of its page.
type Doc struct {
	Name, Title string
	Sections    [numSections][]Block
}

// labels maps a paragraph's opening words to its section. Longer labels
// come first; matching is case-insensitive and the label is stripped.
var labels = []struct {
	re  *regexp.Regexp
	sec Section
	cut bool // strip the label from the text
}{
	{regexp.MustCompile(`(?i)^bad( example)?:\s*`), Bad, true},
	{regexp.MustCompile(`(?i)^good( example)?:\s*`), Good, true},
	{regexp.MustCompile(`(?i)^(seeds?|sources?)(\s*\([^)]*\))?:\s*`), Seeds, true},
	{regexp.MustCompile(`(?i)^providers?:\s*`), Providers, true},
	{regexp.MustCompile(`(?i)^why( it matters)?:\s*`), Why, true},
	{regexp.MustCompile(`(?i)^silent:\s*`), Silent, true},
	// Prose openings that say what the paragraph is about; kept as is.
	{regexp.MustCompile(`(?i)^(it stays silent|silent on|stays silent)\b`), Silent, false},
	{regexp.MustCompile(`(?i)^(flagged|reported|the rule reports|reports)\b`), Reports, false},
}

// Parse splits doc ("name: title", blank line, paragraphs, Bad:/Good:
// blocks indented by a tab, Seeds: ...) into sections. It never fails:
// a paragraph it cannot place goes to Reports.
func Parse(doc string) *Doc {
	doc = strings.ReplaceAll(doc, "\r\n", "\n")
	head, body, _ := strings.Cut(strings.TrimSpace(doc), "\n")
	d := &Doc{Title: strings.TrimSpace(head)}
	if name, title, ok := strings.Cut(head, ": "); ok && !strings.Contains(name, " ") {
		d.Name, d.Title = name, strings.TrimSpace(title)
	}
	cur, sticky := Reports, false
	for _, b := range blocks(body) {
		if b.Code {
			d.Sections[cur] = append(d.Sections[cur], b)
			continue
		}
		sec, text, labelled := classify(b.Lines[0])
		switch {
		case labelled:
			cur, sticky = sec, sec == Bad || sec == Good
		case len(d.Sections[Why]) == 0 && !anyBefore(d, Why):
			cur, sticky = Why, false
		case sticky: // notes after an example stay with it
		default:
			cur = Reports
		}
		b.Lines[0] = text
		if strings.TrimSpace(strings.Join(b.Lines, "")) != "" {
			d.Sections[cur] = append(d.Sections[cur], b)
		}
	}
	return d
}

// anyBefore reports whether any section other than s has content, so that
// only an opening paragraph counts as "why".
func anyBefore(d *Doc, s Section) bool {
	for i, bs := range d.Sections {
		if Section(i) != s && len(bs) > 0 {
			return true
		}
	}
	return false
}

// classify returns the section a paragraph's first line names, and that
// line with the label removed.
func classify(line string) (Section, string, bool) {
	for _, l := range labels {
		if loc := l.re.FindStringIndex(line); loc != nil {
			if l.cut {
				return l.sec, line[loc[1]:], true
			}
			return l.sec, line, true
		}
	}
	return Reports, line, false
}

// blocks splits the body into prose paragraphs (separated by blank lines)
// and code blocks (lines starting with a tab; blank lines inside a code
// block belong to it when more code follows).
func blocks(body string) []Block {
	var out []Block
	last := func() *Block { return &out[len(out)-1] }
	pendingBlank := 0
	for _, line := range strings.Split(body, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			pendingBlank++
			continue
		case strings.HasPrefix(line, "\t"):
			if len(out) > 0 && last().Code {
				for ; pendingBlank > 0; pendingBlank-- {
					last().Lines = append(last().Lines, "")
				}
			} else {
				out = append(out, Block{Code: true})
			}
			last().Lines = append(last().Lines, strings.TrimRight(line[1:], " \t"))
		default:
			if len(out) == 0 || last().Code || pendingBlank > 0 {
				out = append(out, Block{})
			}
			last().Lines = append(last().Lines, strings.TrimRight(line, " \t"))
		}
		pendingBlank = 0
	}
	return out
}
