// Package billing builds a payment path and reads nothing: nothing to
// report. It imports nothing, which keeps the CLI tests fast; the
// end-to-end test on testdata/shop covers real dependencies.
package billing

// PollMinSeconds is the wait between status reads.
const PollMinSeconds = 3

// StatusPath returns the path of one payment's status resource, or "" for
// an empty id.
func StatusPath(id string) string {
	if id == "" {
		return ""
	}
	return "/v1/payments/" + id
}
