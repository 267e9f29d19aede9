// Package common is a stub of github.com/xendit/xendit-go/v7/common
// (signatures as in v7.0.0; bodies are stubs).
package common

type XenditSdkError struct {
	rawResponse  map[string]interface{}
	status       string
	errorCode    string
	errorMessage string
}

func (e XenditSdkError) Error() string { panic("stub") }
