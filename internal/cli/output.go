package cli

import (
	"fmt"
	"os"
)

// Output is a file a command writes for the user (an export, a chart): a
// regular file is written as PATH.partial-PID beside it and renamed to PATH
// by Commit, so that a command that is stopped or fails leaves PATH as it
// was; anything else (a device such as /dev/null, a named pipe) is written
// in place.
type Output struct {
	f          *os.File
	path, temp string // temp is "" when written in place
	done       bool
}

// CreateOutput opens the output at path.
func CreateOutput(path string) (*Output, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return nil, fmt.Errorf("output %s is a folder: give a file name", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("output: %w", err)
		}
		return &Output{f: f, path: path}, nil
	}
	temp := fmt.Sprintf("%s.partial-%d", path, os.Getpid())
	f, err := os.OpenFile(temp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return &Output{f: f, path: path, temp: temp}, nil
}

// File is where the output is written until Commit.
func (o *Output) File() *os.File { return o.f }

// Commit makes the output whole: a regular file is synced and renamed
// into place.
func (o *Output) Commit() error {
	o.done = true
	if o.temp == "" {
		return o.f.Close()
	}
	if err := o.f.Sync(); err != nil {
		o.f.Close()
		os.Remove(o.temp)
		return fmt.Errorf("output %s: %w", o.path, err)
	}
	if err := o.f.Close(); err != nil {
		os.Remove(o.temp)
		return fmt.Errorf("output %s: %w", o.path, err)
	}
	if err := os.Rename(o.temp, o.path); err != nil {
		os.Remove(o.temp)
		return fmt.Errorf("output %s: %w", o.path, err)
	}
	return nil
}

// Abandon removes an output that was not committed; after Commit it does
// nothing, so that it can be deferred.
func (o *Output) Abandon() {
	if o.done {
		return
	}
	o.f.Close()
	if o.temp != "" {
		os.Remove(o.temp)
	}
}
