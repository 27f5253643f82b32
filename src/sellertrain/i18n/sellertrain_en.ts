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
