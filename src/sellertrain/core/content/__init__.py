"""The content: loading and checking lessons, quizzes and course settings; rendering; authoring helpers."""
