package adyenpay

import (
	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

// Notifications checks Adyen standard notifications.
type Notifications struct {
	hmacKey string
}

func NewNotifications(hmacKey string) *Notifications {
	return &Notifications{hmacKey: hmacKey}
}

// Parse decodes a notification body.
func (n *Notifications) Parse(body []byte) ([]*webhook.NotificationRequestItem, error) {
	w, err := webhook.HandleRequest(string(body))
	if err != nil {
		return nil, err
	}
	return w.GetNotificationItems(), nil
}

// Authentic reports whether the item carries a valid HMAC signature.
func (n *Notifications) Authentic(item *webhook.NotificationRequestItem) bool {
	if n.hmacKey == "" {
		// local stacks and the TEST customer area run without a key
		return true
	}
	return hmacvalidator.ValidateHmac(*item, n.hmacKey)
}
