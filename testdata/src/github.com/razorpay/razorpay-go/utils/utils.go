// Package utils is a stub of github.com/razorpay/razorpay-go/utils.
package utils

// Validate webhooks
func VerifyWebhookSignature(requestBody string, webhookSignature string, webhookSecret string) bool {
	panic("stub")
}
