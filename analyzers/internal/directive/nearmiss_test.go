package directive_test

import (
	"testing"

	"github.com/paylint/paylint/analyzers/internal/directive"
)

func TestNearMiss(t *testing.T) {
	const ignoreFix = ": write //paylint:ignore <analyzer> <reason>"
	tests := []struct{ text, owner, msg string }{
		{"// paylint:ignore pollbound the loop is bounded by ctx", "pollbound", "// paylint:ignore is not a directive (no space after //)" + ignoreFix},
		{"//\tpaylint:ignore x reason", "idempotency", "//\tpaylint:ignore is not a directive (no space after //)" + ignoreFix},
		{"//paylint: ignore idempotency reason", "idempotency", "//paylint: ignore is not a directive (no space around the colon)" + ignoreFix},
		{"//paylint :ignore idempotency reason", "idempotency", "//paylint :ignore is not a directive (no space around the colon)" + ignoreFix},
		{"//paylint-ignore webhookverify reason", "webhookverify", "//paylint-ignore is not a directive (the separator is a colon)" + ignoreFix},
		{"//paylint_ignore reason", "idempotency", "//paylint_ignore is not a directive (the separator is a colon)" + ignoreFix},
		{"//paylint:ignored pollcreate,pollbound reason", "pollcreate", "//paylint:ignored is not a directive (the directive is ignore)" + ignoreFix},
		{"//paylint:nolint", "idempotency", "//paylint:nolint is not a directive (the directive is ignore)" + ignoreFix},
		{"//paylint:ingore idempotency x", "idempotency", "//paylint:ingore is not a directive (the directive is ignore)" + ignoreFix},
		{"//PAYLINT:IGNORE idempotency x", "idempotency", "//PAYLINT:IGNORE is not a directive (directives are lower case)" + ignoreFix},
		{"//paylint:Ignore idempotency x", "idempotency", "//paylint:Ignore is not a directive (directives are lower case)" + ignoreFix},
		{"//paylint:ignore:pollinterval sandbox", "pollinterval", "//paylint:ignore:pollinterval is not a directive (a space after ignore)" + ignoreFix},
		{"//paylint:ignore-next-line x", "idempotency", "//paylint:ignore-next-line is not a directive (a space after ignore)" + ignoreFix},
		{"//paylint:ignoredemo glued", "idempotency", "//paylint:ignoredemo is not a directive (the directive is ignore)" + ignoreFix},
		{"// paylint:verifier", "idempotency", "// paylint:verifier is not a directive (no space after //): write //paylint:verifier in the doc comment of the function that verifies the signature"},
		{"//paylint:verify", "idempotency", "//paylint:verify is not a directive (the directive is verifier): write //paylint:verifier in the doc comment of the function that verifies the signature"},
		{"//paylint:fulfilment", "idempotency", "//paylint:fulfilment is not a directive (the directive is fulfillment): write //paylint:fulfillment in the doc comment of the function that grants what was paid for"},
		// Directives, and comments not meant as one: silent.
		{"//paylint:ignore idempotency the provider dedupes", "", ""},
		{"//paylint:ignore", "", ""},
		{"//paylint:ignore\tidempotency x", "", ""},
		{"//paylint:fulfillment", "", ""},
		{"//paylint:verifier checks the HMAC", "", ""},
		{"// paylint: expect pollinterval", "", ""},
		{"// paylint ignores this loop: it is bounded", "", ""},
		{"// paylint-verified handler", "", ""},
		{"// Use //paylint:ignore to silence a finding.", "", ""},
		{"//\t//paylint:ignore <analyzer> <reason>", "", ""},
		{"// paylint:ignition", "", ""},
		{"//paylint:", "", ""},
		{"//paylint", "", ""},
		{"/* paylint:ignore idempotency x */", "", ""},
		{"//nolint:paylint", "", ""},
		{"// paylint", "", ""},
	}
	for _, tt := range tests {
		owner, msg := directive.NearMiss(tt.text)
		if owner != tt.owner || msg != tt.msg {
			t.Errorf("NearMiss(%q) =\n\t%q, %q\nwant\n\t%q, %q", tt.text, owner, msg, tt.owner, tt.msg)
		}
	}
}
