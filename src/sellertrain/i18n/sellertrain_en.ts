<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>wrote %n audit entries to {path}</source>
        <translation>
            <numerusform>wrote %n audit entry to {path}</numerusform>
            <numerusform>wrote %n audit entries to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: nothing imported; fix the %n problem(s) above</source>
        <translation>
            <numerusform>{file}: nothing imported; fix the problem above</numerusform>
            <numerusform>{file}: nothing imported; fix the %n problems above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n employees from {file}</source>
        <translation>
            <numerusform>imported %n employee from {file}</numerusform>
            <numerusform>imported %n employees from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n draft(s) learners do not see)</source>
        <translation>
            <numerusform> (and %n draft learners do not see)</numerusform>
            <numerusform> (and %n drafts learners do not see)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quizzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{id}&apos; still holds template text (%n line(s) above): replace it, or publish anyway with --force</source>
        <translation>
            <numerusform>&apos;{id}&apos; still holds template text (%n line above): replace it, or publish anyway with --force</numerusform>
            <numerusform>&apos;{id}&apos; still holds template text (%n lines above): replace it, or publish anyway with --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes) cannot be taken until published: sellertrain publish QUIZ_ID --material|--editorial</source>
        <translation>
            <numerusform>%n quiz cannot be taken until published: sellertrain publish QUIZ_ID --material|--editorial</numerusform>
            <numerusform>%n quizzes cannot be taken until published: sellertrain publish QUIZ_ID --material|--editorial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) learners do not see: sellertrain publish ID</source>
        <translation>
            <numerusform>%n draft learners do not see: sellertrain publish ID</numerusform>
            <numerusform>%n drafts learners do not see: sellertrain publish ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) await a decision: sellertrain publish LESSON_ID --material|--editorial</source>
        <translation>
            <numerusform>%n lesson awaits a decision: sellertrain publish LESSON_ID --material|--editorial</numerusform>
            <numerusform>%n lessons await a decision: sellertrain publish LESSON_ID --material|--editorial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the exported head is record #{position} of {name}&apos;s chain; %n record(s) added since</source>
        <translation>
            <numerusform>the exported head is record #{position} of {name}&apos;s chain; %n record added since</numerusform>
            <numerusform>the exported head is record #{position} of {name}&apos;s chain; %n records added since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n record(s) of {employees}: {problems}</source>
        <translation>
            <numerusform>checked %n record of {employees}: {problems}</numerusform>
            <numerusform>checked %n records of {employees}: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) submitted on two PCs (both results kept):</source>
        <translation>
            <numerusform>%n attempt submitted on two PCs (both results kept):</numerusform>
            <numerusform>%n attempts submitted on two PCs (both results kept):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older result(s), written before tamper-evident records, are outside the chain and cannot be checked</source>
        <translation>
            <numerusform>%n older result, written before tamper-evident records, is outside the chain and cannot be checked</numerusform>
            <numerusform>%n older results, written before tamper-evident records, are outside the chain and cannot be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson completion(s)</source>
        <translation>
            <numerusform>%n lesson completion</numerusform>
            <numerusform>%n lesson completions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would write {path}: %n question(s)</source>
        <translation>
            <numerusform>would write {path}: %n question</numerusform>
            <numerusform>would write {path}: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {path}: %n question(s)</source>
        <translation>
            <numerusform>writing {path}: %n question</numerusform>
            <numerusform>writing {path}: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n question(s) of quiz {id} to {path}</source>
        <translation>
            <numerusform>wrote %n question of quiz {id} to {path}</numerusform>
            <numerusform>wrote %n questions of quiz {id} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified what was pulled: %n problem(s)</source>
        <translation>
            <numerusform>verified what was pulled: %n problem</numerusform>
            <numerusform>verified what was pulled: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message numerus="yes">
        <source>%n attempt(s) were resumed and submitted on two PCs. The company record counts the result it received first; the other is kept, with its answers, and never dropped. Compare them to judge which one is fair.</source>
        <translation>
            <numerusform>%n attempt was resumed and submitted on two PCs. The company record counts the result it received first; the other is kept, with its answers, and never dropped. Compare them to judge which one is fair.</numerusform>
            <numerusform>%n attempts were resumed and submitted on two PCs. The company record counts the result it received first; the other is kept, with its answers, and never dropped. Compare them to judge which one is fair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message numerus="yes">
        <source>%n lesson(s) due for review.</source>
        <translation>
            <numerusform>%n lesson due for review.</numerusform>
            <numerusform>%n lessons due for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported. Fix the file and try again.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported. Fix the file and try again.</numerusform>
            <numerusform>%n problems: nothing will be imported. Fix the file and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) ready to import, all at once.</source>
        <translation>
            <numerusform>%n employee ready to import.</numerusform>
            <numerusform>%n employees ready to import, all at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quizzes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n content problem(s) hidden from learners; run &apos;sellertrain check&apos;.</source>
        <translation>
            <numerusform>%n content problem hidden from learners; run &apos;sellertrain check&apos;.</numerusform>
            <numerusform>%n content problems hidden from learners; run &apos;sellertrain check&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message numerus="yes">
        <source>Updated rules to review: the rules in %n lesson(s) you completed have changed. See what changed, then answer a short re-check.</source>
        <translation>
            <numerusform>Updated rules to review: the rules in %n lesson you completed have changed. See what changed, then answer a short re-check.</numerusform>
            <numerusform>Updated rules to review: the rules in %n lessons you completed have changed. See what changed, then answer a short re-check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n employee(s) completed this lesson. Did a rule change, or only the wording?</source>
        <translation>
            <numerusform>%n employee completed this lesson. Did a rule change, or only the wording?</numerusform>
            <numerusform>%n employees completed this lesson. Did a rule change, or only the wording?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message numerus="yes">
        <source>{summary}; wrote %n content file(s)</source>
        <translation>
            <numerusform>{summary}; wrote %n content file</numerusform>
            <numerusform>{summary}; wrote %n content files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ({tables})</source>
        <translation>
            <numerusform>%n row ({tables})</numerusform>
            <numerusform>%n rows ({tables})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to employees</source>
        <translation>
            <numerusform>%n change to employees</numerusform>
            <numerusform>%n changes to employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson reading record(s)</source>
        <translation>
            <numerusform>%n lesson reading record</numerusform>
            <numerusform>%n lesson reading records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz attempt(s)</source>
        <translation>
            <numerusform>%n quiz attempt</numerusform>
            <numerusform>%n quiz attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz result(s)</source>
        <translation>
            <numerusform>%n quiz result</numerusform>
            <numerusform>%n quiz results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting quiz result(s)</source>
        <translation>
            <numerusform>%n conflicting quiz result</numerusform>
            <numerusform>%n conflicting quiz results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of conflicting results</source>
        <translation>
            <numerusform>%n answer of conflicting results</numerusform>
            <numerusform>%n answers of conflicting results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved during a quiz</source>
        <translation>
            <numerusform>%n answer saved during a quiz</numerusform>
            <numerusform>%n answers saved during a quiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training assignment(s)</source>
        <translation>
            <numerusform>%n training assignment</numerusform>
            <numerusform>%n training assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed assignment(s)</source>
        <translation>
            <numerusform>%n removed assignment</numerusform>
            <numerusform>%n removed assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due date extension(s)</source>
        <translation>
            <numerusform>%n due date extension</numerusform>
            <numerusform>%n due date extensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s)</source>
        <translation>
            <numerusform>%n audit log entry</numerusform>
            <numerusform>%n audit log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in record(s)</source>
        <translation>
            <numerusform>%n sign-in record</numerusform>
            <numerusform>%n sign-in records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section text(s)</source>
        <translation>
            <numerusform>%n section text</numerusform>
            <numerusform>%n section texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson publication(s)</source>
        <translation>
            <numerusform>%n lesson publication</numerusform>
            <numerusform>%n lesson publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz publication(s)</source>
        <translation>
            <numerusform>%n quiz publication</numerusform>
            <numerusform>%n quiz publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n problem(s) in received records</source>
        <translation>
            <numerusform>%n problem in received records</numerusform>
            <numerusform>%n problems in received records</numerusform>
        </translation>
    </message>
</context>
</TS>
