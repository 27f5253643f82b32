
    CREATE INDEX answers_by_question ON answers (question_id, selected, correct, attempt_id);

    CREATE INDEX attempts_by_employee_quiz ON attempts (employee_id, quiz_id, id);
