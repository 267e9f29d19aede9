package webhook

// Webhook is a notification request as Adyen posts it (v21.2.0).
type Webhook struct {
	Live              string              `json:"live"`
	NotificationItems *[]NotificationItem `json:"notificationItems"`
}

// NotificationItem wraps one NotificationRequestItem.
type NotificationItem struct {
	NotificationRequestItem NotificationRequestItem `json:"NotificationRequestItem"`
}

// GetNotificationItems returns the items of the notification.
func (n *Webhook) GetNotificationItems() []*NotificationRequestItem { return nil }

// HandleRequest creates a Notification object from the given JSON string.
func HandleRequest(req string) (*Webhook, error) { return nil, nil }
