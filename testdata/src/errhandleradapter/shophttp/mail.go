package shophttp

import (
	"fmt"
	"net/smtp"
	"os"
)

// SendOrderPaidEmail mails the buyer that the order is paid.
func SendOrderPaidEmail(orderID, email string) error {
	auth := smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), "smtp.example.com")
	msg := fmt.Sprintf("Subject: Order %s paid\r\n\r\nThank you for your order.", orderID)
	return smtp.SendMail("smtp.example.com:587", auth, os.Getenv("SMTP_USER"), []string{email}, []byte(msg))
}
