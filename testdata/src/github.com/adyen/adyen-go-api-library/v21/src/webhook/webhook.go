// Package webhook is a stub of
// github.com/adyen/adyen-go-api-library/v21/src/webhook.
package webhook

type Amount struct {
	Currency string `json:"currency"`
	Value    int64  `json:"value"`
}

type NotificationRequestItem struct {
	AdditionalData      *map[string]interface{} `json:"additionalData,omitempty"`
	Amount              Amount                  `json:"amount"`
	EventCode           string                  `json:"eventCode"`
	MerchantAccountCode string                  `json:"merchantAccountCode"`
	MerchantReference   string                  `json:"merchantReference"`
	PspReference        string                  `json:"pspReference"`
	Success             string                  `json:"success"`
}
