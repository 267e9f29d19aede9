// Package common is a stub of github.com/xendit/xendit-go/v6/common
// (signatures as in v6.2.0; bodies are stubs).
package common

type XenditSdkError struct {
	rawResponse map[string]interface{}
	status      string
}

func (e XenditSdkError) Error() string { panic("stub") }

func (e XenditSdkError) FullError() map[string]interface{} { panic("stub") }
