// Package webhooks is a stub of
// github.com/mollie/mollie-api-golang/utils/webhooks (signatures as in
// v1.3.21; bodies are stubs).
package webhooks

const SignatureHeader = "X-Mollie-Signature"

type InvalidSignatureError struct {
	message string
}

func (e *InvalidSignatureError) Error() string { return e.message }

type SignatureValidator struct {
	signingSecrets []string
}

func NewSignatureValidator(signingSecrets ...string) *SignatureValidator { panic("stub") }

// Validate answers (false, nil) when no signature is given, (false, err)
// when none matches, (true, nil) when one does.
func Validate(payload string, signingSecrets []string, signatures ...string) (bool, error) {
	panic("stub")
}

func (v *SignatureValidator) ValidatePayload(payload string, signatures ...string) (bool, error) {
	panic("stub")
}

func CreateSignature(payload, secret string) string { panic("stub") }
