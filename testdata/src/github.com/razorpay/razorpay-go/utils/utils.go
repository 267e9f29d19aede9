// Package utils is a stub of github.com/razorpay/razorpay-go/utils.
package utils

// Validate webhooks
func VerifyWebhookSignature(requestBody string, webhookSignature string, webhookSecret string) bool {
	panic("stub")
}

func VerifySubscriptionSignature(queryParams map[string]interface{}, webhookSignature string, webhookSecret string) bool {
	panic("stub")
}

func VerifyPaymentSignature(queryParams map[string]interface{}, webhookSignature string, webhookSecret string) bool {
	panic("stub")
}

func VerifyPaymentLinkSignature(queryParams map[string]interface{}, webhookSignature string, webhookSecret string) bool {
	panic("stub")
}

func VerifySignature(body []byte, signature string, key string) bool {
	panic("stub")
}
