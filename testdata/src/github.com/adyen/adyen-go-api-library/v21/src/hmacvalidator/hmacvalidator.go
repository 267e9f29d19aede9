// Package hmacvalidator is a stub of
// github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator.
package hmacvalidator

import "github.com/adyen/adyen-go-api-library/v21/src/webhook"

func ValidateHmac(notificationRequestItem webhook.NotificationRequestItem, key string) bool {
	panic("stub")
}

func ValidateHmacPayload(hmacSignature string, key string, payload string) bool { panic("stub") }
