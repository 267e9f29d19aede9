// Package gmail is a stub of google.golang.org/api/gmail/v1 (v0.213.0).
package gmail

import (
	"context"

	"google.golang.org/api/googleapi"
	"google.golang.org/api/option"
)

// NewService creates a new Service.
func NewService(ctx context.Context, opts ...option.ClientOption) (*Service, error) {
	return &Service{Users: &UsersService{Messages: &UsersMessagesService{}}}, nil
}

type Service struct {
	BasePath  string
	UserAgent string

	Users *UsersService
}

type UsersService struct {
	Messages *UsersMessagesService
}

type UsersMessagesService struct{}

// Message: An email message.
type Message struct {
	Id       string `json:"id,omitempty"`
	Raw      string `json:"raw,omitempty"`
	ThreadId string `json:"threadId,omitempty"`
}

type UsersMessagesSendCall struct{}

// Send: Sends the specified message to the recipients in the `To`, `Cc`,
// and `Bcc` headers.
func (r *UsersMessagesService) Send(userId string, message *Message) *UsersMessagesSendCall {
	return &UsersMessagesSendCall{}
}

// Do executes the "gmail.users.messages.send" call.
func (c *UsersMessagesSendCall) Do(opts ...googleapi.CallOption) (*Message, error) {
	panic("stub")
}
